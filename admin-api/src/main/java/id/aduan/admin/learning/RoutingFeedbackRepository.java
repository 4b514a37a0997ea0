package id.aduan.admin.learning;

import java.time.Instant;
import java.util.List;

import org.springframework.data.repository.CrudRepository;

/** The store of officers' confirmations and corrections. */
interface RoutingFeedbackRepository extends CrudRepository<RoutingFeedback, String> {

    List<RoutingFeedback> findByCorrectionTrueOrderByAtAsc();

    long countByCorrectionTrueAndAtAfter(Instant at);

    boolean existsByCorrectionTrue();
}
