package id.aduan.bot.telegram;

import java.time.Clock;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;

import id.aduan.bot.chat.ChatTurns;
import id.aduan.bot.chat.DeliveryFailure;
import id.aduan.bot.conversation.Incoming;
import id.aduan.bot.conversation.Reply;
import id.aduan.bot.conversation.Texts;
import id.aduan.bot.inbox.InboxEntry;
import id.aduan.bot.inbox.InboxHandler;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.NotificationOutbox;

/**
 * Handles one stored Telegram update: answers every button press (stale and unknown ones too, so the citizen's
 * app stops its spinner), notes when a citizen blocks or unblocks the bot, and runs the conversation.
 */
class TelegramUpdates implements InboxHandler {

    static final String SOURCE = "telegram";
    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ChatTurns turns;
    private final TelegramSender sender;
    private final NotificationOutbox outbox;
    private final Clock clock;
    private final MediaDownloads media;
    private final TelegramGateway gateway;
    private final Texts texts;
    private final ReceivedUpdates received;

    TelegramUpdates(ChatTurns turns, TelegramSender sender, NotificationOutbox outbox, Clock clock,
                    MediaDownloads media, TelegramGateway gateway, Texts texts, ReceivedUpdates received) {
        this.received = received;
        this.turns = turns;
        this.sender = sender;
        this.outbox = outbox;
        this.clock = clock;
        this.media = media;
        this.gateway = gateway;
        this.texts = texts;
    }

    /** The key that orders an update's handling: its chat, or null when it belongs to none. */
    static String chatKey(Update update) {
        Long chatId = null;
        if (update.hasMessage()) {
            chatId = update.getMessage().getChatId();
        } else if (update.hasEditedMessage()) {
            chatId = update.getEditedMessage().getChatId();
        } else if (update.hasCallbackQuery()) {
            chatId = update.getCallbackQuery().getMessage() != null
                    ? update.getCallbackQuery().getMessage().getChatId()
                    : update.getCallbackQuery().getFrom().getId();
        } else if (update.getMyChatMember() != null) {
            chatId = update.getMyChatMember().getChat().getId();
        }
        return chatId == null ? null : SOURCE + ":" + chatId;
    }

    @Override
    public void handle(InboxEntry entry) throws Exception {
        Update update = received.take(entry);
        if (update.hasCallbackQuery()) {
            answer(update.getCallbackQuery().getId());
        }
        if (update.getMyChatMember() != null) {
            membershipChanged(update.getMyChatMember());
            return;
        }
        boolean fileMissing = fileNotKept(update);
        UpdateTranslation.of(update).ifPresent(e -> turns.handle(e.chat(), e.reporter(),
                fileMissing && e.incoming() instanceof Incoming.FileShared f ? f.notKept() : e.incoming(),
                entry.receivedAt()));
    }

    /**
     * Fetches the file a private message carries, if any, and tells the citizen when it cannot be kept; true then
     * (the conversation must not call it received).
     */
    private boolean fileNotKept(Update update) {
        if (!update.hasMessage() || update.getMessage().getChat() == null
                || !update.getMessage().getChat().isUserChat()) {
            return false;
        }
        Optional<SentFile> file = SentFile.of(update.getMessage());
        if (file.isEmpty()) {
            return false;
        }
        MediaDownloads.Outcome fetched = media.fetch(file.get());
        tellAbout(update.getMessage().getChatId(), file.get(), fetched);
        return fetched != MediaDownloads.Outcome.STORED;
    }

    /** A file that could not be kept does not stop the report; the citizen is told why and what to do. */
    private void tellAbout(long chatId, SentFile file, MediaDownloads.Outcome outcome) {
        String kind = texts.get("attachment." + file.kind().key());
        String notice = switch (outcome) {
            case TOO_LARGE -> texts.get("media.too-large", kind, texts.get("media.too-large-" + file.kind().key()));
            case FAILED -> texts.get("media.download-failed", kind);
            case STORED -> null;
        };
        if (notice != null) {
            try {
                gateway.send(chatId, Reply.text(notice));
            } catch (DeliveryFailure e) {
                log.warn("File notice to chat {} not delivered: {}", chatId, e.getMessage());
            }
        }
    }

    private void answer(String callbackQueryId) {
        try {
            sender.call(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
        } catch (DeliveryFailure e) {
            // A query older than Telegram allows cannot be answered any more; the conversation still runs.
            log.debug("Callback query {} not answered: {}", callbackQueryId, e.getMessage());
        }
    }

    private void membershipChanged(ChatMemberUpdated change) {
        ChatRef chat = ChatRef.telegram(change.getChat().getId());
        String status = change.getNewChatMember().getStatus();
        if ("kicked".equals(status) || "left".equals(status)) {
            int flagged = outbox.markCitizenUnreachable(chat);
            log.info("Chat {} blocked the bot; {} complaint(s) flagged", chat.chatId(), flagged);
        } else if ("member".equals(status)) {
            int resumed = outbox.resumeForChat(chat, clock.instant());
            log.info("Chat {} unblocked the bot; {} notification(s) resumed", chat.chatId(), resumed);
        }
    }
}
