package id.aduan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

import id.aduan.bot.inbox.InboxEntry;

class ReceivedUpdatesTests {

    private static final String PAYLOAD = "{\"update_id\":41,\"message\":{\"message_id\":5,\"date\":1764460800,"
            + "\"chat\":{\"id\":5000000001,\"type\":\"private\",\"first_name\":\"Sari\"},\"text\":\"/status\"}}";

    private static InboxEntry entry(long updateId, String payload) {
        return new InboxEntry("telegram:" + updateId, updateId, "telegram:5000000001", payload, 1,
                Instant.parse("2026-11-30T05:00:00Z"), null, 0, null);
    }

    @Test
    void anUpdateHandedOverIsHandledAsReceivedAndForgottenOnceTaken() throws Exception {
        ReceivedUpdates received = new ReceivedUpdates();
        Update update = TelegramUpdates.JSON.readValue(PAYLOAD, Update.class);
        InboxEntry entry = entry(41, PAYLOAD);
        received.remember(entry, update);

        assertThat(received.take(entry)).isSameAs(update);
        // taken once: a second attempt (a retry after a failure) reads the stored payload, which says the same
        Update again = received.take(entry);
        assertThat(again).isNotSameAs(update);
        assertThat(again.getMessage().getText()).isEqualTo("/status");
        assertThat(again.getMessage().getChatId()).isEqualTo(5_000_000_001L);
    }

    @Test
    void anEntryReadFromTheStoreAfterARestartIsParsedFromItsPayload() throws Exception {
        Update update = new ReceivedUpdates().take(entry(41, PAYLOAD));

        assertThat(update.getUpdateId()).isEqualTo(41);
        assertThat(update.getMessage().getText()).isEqualTo("/status");
    }
}
