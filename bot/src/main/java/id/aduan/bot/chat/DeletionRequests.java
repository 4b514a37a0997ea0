package id.aduan.bot.chat;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.aduan.complaint.ChatRef;
import id.aduan.complaint.DataDeletionRequest;
import id.aduan.complaint.DataDeletionRequests;
import id.aduan.complaint.store.StoreDurability;

/** Records a citizen's /hapusdata request for the admins (UU PDP), durable before the citizen is told. */
@Component
public class DeletionRequests {

    private final DataDeletionRequests requests;
    private final Optional<StoreDurability> durability;

    public DeletionRequests(DataDeletionRequests requests, Optional<StoreDurability> durability) {
        this.requests = requests;
        this.durability = durability;
    }

    public void record(ChatRef chat, Instant at) {
        requests.save(DataDeletionRequest.of(chat, at));
        durability.ifPresent(StoreDurability::flush);
    }
}
