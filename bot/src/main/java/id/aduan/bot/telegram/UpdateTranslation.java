package id.aduan.bot.telegram;

import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import id.aduan.bot.conversation.Incoming;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Reporter;

/** Turns a Telegram update into a conversation event for a private chat, or nothing for what the bot ignores. */
final class UpdateTranslation {

    /** An event for one citizen's chat. */
    record ChatEvent(ChatRef chat, Reporter reporter, Incoming incoming) {
    }

    private UpdateTranslation() {
    }

    static Optional<ChatEvent> of(Update update) {
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            var query = update.getCallbackQuery();
            ChatRef chat = ChatRef.telegram(query.getMessage().getChatId());
            return Optional.of(new ChatEvent(chat, reporter(chat, query.getFrom()),
                    new Incoming.ButtonPressed(query.getData() == null ? "" : query.getData())));
        }
        if (update.hasEditedMessage()) {
            // An edit of an earlier message: the bot does not redo the conversation, but says so and keeps the draft.
            Message edited = update.getEditedMessage();
            if (edited.getChat() == null || !edited.getChat().isUserChat()) {
                return Optional.empty();
            }
            ChatRef chat = ChatRef.telegram(edited.getChatId());
            return Optional.of(new ChatEvent(chat, reporter(chat, edited.getFrom()),
                    new Incoming.Edited(edited.hasText() ? edited.getText() : edited.getCaption())));
        }
        if (!update.hasMessage()) {
            return Optional.empty();
        }
        if (update.getMessage().getChat().isGroupChat() || update.getMessage().getChat().isSuperGroupChat()) {
            // Reports carry personal data: in a group the bot answers once "silakan chat pribadi", then stays quiet.
            ChatRef group = ChatRef.telegram(update.getMessage().getChatId());
            return Optional.of(new ChatEvent(group, reporter(group, update.getMessage().getFrom()),
                    new Incoming.GroupMessage()));
        }
        if (!update.getMessage().getChat().isUserChat()) {
            return Optional.empty();
        }
        Message m = update.getMessage();
        ChatRef chat = ChatRef.telegram(m.getChatId());
        return Optional.of(new ChatEvent(chat, reporter(chat, m.getFrom()), incoming(m)));
    }

    private static Incoming incoming(Message m) {
        if (m.hasText() && (m.getForwardOrigin() != null || m.getForwardDate() != null)) {
            return new Incoming.Forwarded(m.getText()); // content from elsewhere, read as part of the report
        }
        if (m.hasText()) {
            return new Incoming.Text(m.getText());
        }
        if (m.hasLocation()) {
            return new Incoming.LocationShared(m.getLocation().getLatitude(), m.getLocation().getLongitude());
        }
        Optional<SentFile> file = SentFile.of(m);
        if (file.isPresent()) {
            return new Incoming.FileShared(file.get().fileId(), file.get().kind(), m.getCaption());
        }
        String kind = m.hasSticker() ? "sticker" : m.hasContact() ? "contact" : m.hasPoll() ? "poll"
                : m.hasDice() ? "dice" : "other";
        return new Incoming.Unsupported(kind);
    }

    private static Reporter reporter(ChatRef chat, User from) {
        if (from == null) {
            return new Reporter(chat, null, null);
        }
        String name = from.getLastName() == null ? from.getFirstName() : from.getFirstName() + " " + from.getLastName();
        return new Reporter(chat, name, from.getUserName());
    }
}
