package id.aduan.admin.triage;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.complaint.DataDeletionRequests;

/** The citizens' requests to delete their personal data (UU PDP), newest first, for the admins to carry out. */
@RestController
class DeletionRequestController {

    /** One request: the chat that asked and when. */
    record DeletionRequestView(String channel, long chatId, Instant requestedAt) {
    }

    private final DataDeletionRequests requests;

    DeletionRequestController(DataDeletionRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/api/deletion-requests")
    List<DeletionRequestView> list() {
        return requests.findAllByOrderByRequestedAtDesc().stream().limit(500)
                .map(r -> new DeletionRequestView(r.chat().channel().name().toLowerCase(java.util.Locale.ROOT),
                        r.chat().chatId(), r.requestedAt())).toList();
    }
}
