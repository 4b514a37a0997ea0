package id.aduan.bot.localchat;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import id.aduan.bot.conversation.Reply.Button;

/** One message shown on the local chat page, from the citizen or from the bot. */
@Document("local_chat_messages")
record LocalChatMessage(@Id String id, long chatId, String from, String text, List<List<Button>> buttons,
                        String locationButton, Instant at) {
}
