package id.aduan.bot.localchat;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.aduan.complaint.Channel;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.PersonalDataStore;

/**
 * Deletes the local chat page's messages of a chat when its citizen's data is erased, and every message older than
 * {@code aduan.retention.local-chat} (daily). Runs whether or not the page is enabled now: messages from when it
 * was stay personal data.
 */
@Component
public class LocalChatErasure implements PersonalDataStore {

    private static final Logger log = LoggerFactory.getLogger(LocalChatErasure.class);

    private final MongoOperations mongo;
    private final LocalChatRetention retention;
    private final Clock clock;

    LocalChatErasure(MongoOperations mongo, LocalChatRetention retention, Clock clock) {
        this.mongo = mongo;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "local_chat_messages";
    }

    @Override
    public long erase(ChatRef chat) {
        if (chat.channel() != Channel.LOCAL) {
            return 0;
        }
        return mongo.remove(query(where("chatId").is(chat.chatId())), LocalChatMessage.class).getDeletedCount();
    }

    /** Deletes the messages older than the retention period; returns how many. */
    @Scheduled(cron = "${aduan.retention.cron:0 30 3 * * *}", zone = "Asia/Jakarta")
    public long purgeExpired() {
        var cutoff = clock.instant().atZone(ZoneId.of("Asia/Jakarta")).minus(retention.localChat()).toInstant();
        long purged = mongo.remove(query(where("at").lt(cutoff)), LocalChatMessage.class).getDeletedCount();
        if (purged > 0) {
            log.info("Deleted {} local chat messages older than {}", purged, retention.localChat());
        }
        return purged;
    }
}
