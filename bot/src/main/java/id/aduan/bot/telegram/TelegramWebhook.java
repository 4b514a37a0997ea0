package id.aduan.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.fasterxml.jackson.core.JacksonException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives updates that Telegram POSTs in webhook mode. Every call must carry the configured secret in
 * {@code X-Telegram-Bot-Api-Secret-Token} (compared in constant time): without it the answer is 401 and nothing
 * is stored. The body is read with TelegramBots' own (Jackson 2) mapper, not Spring's. The answer is 200 only after
 * the update is in the persisted inbox, through the same {@link UpdateIntake} as polling, so a repeat is dropped
 * and a chat's order holds; if the store fails the answer is 503 and Telegram delivers the update again.
 */
@RestController
@TelegramEnabled
@ConditionalOnProperty(name = "aduan.telegram.mode", havingValue = "webhook")
class TelegramWebhook {

    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

    private final byte[] secret;
    private final UpdateIntake intake;

    TelegramWebhook(TelegramSettings settings, UpdateIntake telegramUpdateIntake) {
        this.secret = settings.webhook().secret().getBytes(StandardCharsets.UTF_8);
        this.intake = telegramUpdateIntake;
    }

    @PostMapping(PATH)
    ResponseEntity<?> receive(@RequestHeader(name = SECRET_HEADER, required = false) String givenSecret,
                              @RequestBody(required = false) byte[] body) {
        if (givenSecret == null
                || !MessageDigest.isEqual(secret, givenSecret.getBytes(StandardCharsets.UTF_8))) {
            return problem(HttpStatus.UNAUTHORIZED, "Not from Telegram",
                    "The " + SECRET_HEADER + " header is missing or wrong.");
        }
        Update update;
        try {
            update = body == null ? null : TelegramUpdates.JSON.readValue(body, Update.class);
        } catch (java.io.IOException e) {
            return problem(HttpStatus.BAD_REQUEST, "Not a Telegram update", "The body is not a JSON update: "
                    + (e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (update == null || update.getUpdateId() == null) {
            return problem(HttpStatus.BAD_REQUEST, "Not a Telegram update", "The body has no update_id.");
        }
        try {
            intake.store(update);
        } catch (RuntimeException e) {
            log.warn("Webhook update {} not stored ({}); Telegram will deliver it again", update.getUpdateId(),
                    e.toString());
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "Store unavailable",
                    "The update could not be stored; deliver it again later.");
        }
        return ResponseEntity.ok().build();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
