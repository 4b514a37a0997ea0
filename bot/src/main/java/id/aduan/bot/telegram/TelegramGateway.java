package id.aduan.bot.telegram;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import id.aduan.bot.chat.ChannelGateway;
import id.aduan.bot.chat.DeliveryFailure;
import id.aduan.bot.conversation.Reply;
import id.aduan.complaint.Channel;

/** Sends bot replies as Telegram messages, with inline buttons or a "share location" keyboard. */
@Component
@TelegramEnabled
class TelegramGateway implements ChannelGateway {

    static final int MAX_TEXT = 4096;

    private final TelegramClient client;

    TelegramGateway(TelegramClient client) {
        this.client = client;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public long send(long chatId, Reply reply) throws DeliveryFailure {
        List<String> parts = split(reply.text());
        long last = 0;
        for (int i = 0; i < parts.size(); i++) {
            boolean final_ = i == parts.size() - 1;
            SendMessage message = SendMessage.builder().chatId(chatId).text(parts.get(i))
                    .replyMarkup(final_ ? markup(reply) : null).build();
            try {
                last = client.execute(message).getMessageId();
            } catch (TelegramApiRequestException e) {
                boolean blocked = e.getErrorCode() != null && e.getErrorCode() == 403;
                throw new DeliveryFailure("Telegram " + e.getErrorCode() + ": " + e.getApiResponse(), blocked, e);
            } catch (TelegramApiException e) {
                throw new DeliveryFailure("Telegram unreachable: " + e.getMessage(), false, e);
            }
        }
        return last;
    }

    private static ReplyKeyboard markup(Reply reply) {
        if (!reply.buttons().isEmpty()) {
            List<InlineKeyboardRow> rows = reply.buttons().stream().map(row -> new InlineKeyboardRow(row.stream()
                    .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build())
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
                cut = MAX_TEXT;
            }
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        parts.add(rest);
        return parts;
    }
}
