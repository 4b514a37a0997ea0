package id.aduan.bot.chat;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.aduan.complaint.ChatRef;
import id.aduan.complaint.DataDeletionRequest;
import id.aduan.complaint.DataDeletionRequests;
import id.aduan.complaint.DeletionRequestState;
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

    /**
     * Records a new request, unless one of this chat still waits for an admin: then nothing new is stored (the
     * admins would otherwise see the same request twice, and the citizen would be answered twice).
     *
     * @return when the earlier, still waiting request was made; empty when this one was recorded
     */
    public Optional<Instant> record(ChatRef chat, Instant at) {
        Optional<Instant> waiting = requests.findByChatOrderByRequestedAtAsc(chat).stream()
                .filter(r -> r.state() == DeletionRequestState.MENUNGGU)
                .map(DataDeletionRequest::requestedAt)
                .findFirst();
        if (waiting.isPresent()) {
            return waiting;
        }
        requests.save(DataDeletionRequest.of(chat, at));
        durability.ifPresent(StoreDurability::flush);
        return Optional.empty();
    }
}
