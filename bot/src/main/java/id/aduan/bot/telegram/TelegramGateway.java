package id.aduan.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;

import id.aduan.bot.chat.ChannelGateway;
import id.aduan.bot.chat.DeliveryFailure;
import id.aduan.bot.conversation.Reply;
import id.aduan.complaint.Channel;

/** Sends bot replies as Telegram messages, with inline buttons or a "share location" keyboard. */
class TelegramGateway implements ChannelGateway {

    static final int MAX_TEXT = 4096;

    static final int MAX_CALLBACK_DATA_BYTES = 64;

    private final TelegramSender sender;

    TelegramGateway(TelegramSender sender) {
        this.sender = sender;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    /** Sends a reply, split into several messages when longer than Telegram allows; returns the last one's id. */
    @Override
    public long send(long chatId, Reply reply) throws DeliveryFailure {
        List<String> parts = split(reply.text());
        long last = 0;
        for (int i = 0; i < parts.size(); i++) {
            boolean final_ = i == parts.size() - 1;
            SendMessage message = SendMessage.builder().chatId(chatId).text(parts.get(i))
                    .replyMarkup(final_ ? markup(reply) : null).build();
            last = sender.send(chatId, message).getMessageId();
        }
        return last;
    }

    private static ReplyKeyboard markup(Reply reply) {
        if (!reply.buttons().isEmpty()) {
            List<InlineKeyboardRow> rows = reply.buttons().stream().map(row -> new InlineKeyboardRow(row.stream()
                    .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(callbackData(b.data())).build())
                    .toList())).toList();
            return InlineKeyboardMarkup.builder().keyboard(rows).build();
        }
        if (reply.locationButton() != null) {
            KeyboardRow row = new KeyboardRow(List.of(
                    KeyboardButton.builder().text(reply.locationButton()).requestLocation(true).build()));
            return ReplyKeyboardMarkup.builder().keyboardRow(row).resizeKeyboard(true).oneTimeKeyboard(true).build();
        }
        return ReplyKeyboardRemove.builder().removeKeyboard(true).build();
    }

    /** Telegram refuses a whole message whose button carries more than 64 bytes of data; fail loudly instead. */
    static String callbackData(String data) {
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_DATA_BYTES) {
            throw new IllegalArgumentException("callback_data over 64 bytes: " + data);
        }
        return data;
    }

    /** Splits text longer than Telegram's limit at paragraph, line or word boundaries. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > MAX_TEXT) {
            int cut = rest.lastIndexOf("\n\n", MAX_TEXT);
            if (cut < MAX_TEXT / 2) {
                cut = rest.lastIndexOf('\n', MAX_TEXT);
            }
            if (cut < MAX_TEXT / 2) {
                cut = rest.lastIndexOf(' ', MAX_TEXT);
            }
            if (cut < MAX_TEXT / 2) {
                cut = Character.isHighSurrogate(rest.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
            }
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        parts.add(rest);
        return parts;
    }
}
