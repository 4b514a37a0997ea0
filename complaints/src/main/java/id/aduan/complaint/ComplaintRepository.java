package id.aduan.complaint;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

import id.aduan.models.status.ComplaintStatus;
import id.aduan.models.ticket.TicketNumber;

/** The store of complaints (collection {@code complaints}). */
public interface ComplaintRepository extends CrudRepository<Complaint, String>,
        PagingAndSortingRepository<Complaint, String> {

    Optional<Complaint> findByTicket(TicketNumber ticket);

    Page<Complaint> findByStatus(ComplaintStatus status, Pageable pageable);

    List<Complaint> findByReporterChatOrderByCreatedAtDesc(ChatRef chat);

    /** The complaints a chat follows ("ikut memantau"), newest first. */
    List<Complaint> findByFollowersChatOrderByCreatedAtDesc(ChatRef chat);
}
