package id.aduan.bot.localchat;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.security.SecureRandom;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.bot.chat.ChatTurns;
import id.aduan.bot.conversation.Incoming;
import id.aduan.bot.conversation.Reply.Button;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Reporter;

/** The local chat's HTTP side: open a session, send a message or press a button, read new messages. */
@RestController
@LocalChatEnabled
class LocalChatController {

    static final int MAX_TEXT = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ChatTurns turns;
    private final LocalChatGateway gateway;
    private final MongoOperations mongo;

    LocalChatController(ChatTurns turns, LocalChatGateway gateway, MongoOperations mongo) {
        this.turns = turns;
        this.gateway = gateway;
        this.mongo = mongo;
    }

    /** A new chat id: random, positive, within the 52 bits Telegram ids use. */
    @PostMapping("/chat/api/sessions")
    Session open() {
        return new Session(1 + (RANDOM.nextLong() & ((1L << 52) - 2)));
    }

    @PostMapping("/chat/api/messages")
    ResponseEntity<?> send(@Valid @RequestBody Outgoing message) {
        Incoming incoming;
        String shown;
        if (message.button() != null) {
            incoming = new Incoming.ButtonPressed(message.button());
            shown = message.label() != null ? message.label() : message.button();
        } else if (message.latitude() != null && message.longitude() != null) {
            if (Math.abs(message.latitude()) > 90 || Math.abs(message.longitude()) > 180) {
                return problem("latitude/longitude out of range");
            }
            incoming = new Incoming.LocationShared(message.latitude(), message.longitude());
            shown = "📍 " + message.latitude() + ", " + message.longitude();
        } else if (message.text() != null) {
            incoming = new Incoming.Text(message.text());
            shown = message.text();
        } else {
            return problem("one of text, button or latitude+longitude is required");
        }
        gateway.recordCitizen(message.chatId(), shown);
        turns.handle(ChatRef.local(message.chatId()), new Reporter(ChatRef.local(message.chatId()),
                "Warga (chat lokal)", null), incoming);
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/chat/api/messages")
    List<Shown> messages(@RequestParam long chatId, @RequestParam(required = false) String after) {
        var q = query(where("chatId").is(chatId));
        if (after != null && ObjectId.isValid(after)) {
            q.addCriteria(where("_id").gt(after));
        }
        return mongo.find(q.with(Sort.by("_id")).limit(200), LocalChatMessage.class).stream()
                .map(m -> new Shown(m.id(), m.from(), m.text(), m.buttons(), m.locationButton())).toList();
    }

    private static ResponseEntity<ProblemDetail> problem(String detail) {
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
    }

    record Session(long chatId) {
    }

    record Outgoing(@NotNull @Positive Long chatId, @Size(max = MAX_TEXT) String text, @Size(max = 64) String button,
                    @Size(max = 200) String label, Double latitude, Double longitude) {
    }

    record Shown(String id, String from, String text, List<List<Button>> buttons, String locationButton) {
    }
}
