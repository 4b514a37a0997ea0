package id.aduan.complaint;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

/** The store of citizens' requests to delete their personal data (collection {@code deletion_requests}). */
public interface DataDeletionRequests extends CrudRepository<DataDeletionRequest, String> {

    List<DataDeletionRequest> findAllByOrderByRequestedAtDesc();

    /** This chat's requests, oldest first (a citizen rarely has more than one). */
    List<DataDeletionRequest> findByChatOrderByRequestedAtAsc(ChatRef chat);
}
