package id.aduan.bot.localchat;

import java.time.Clock;

import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import id.aduan.bot.chat.ChannelGateway;
import id.aduan.bot.conversation.Reply;
import id.aduan.complaint.Channel;

/** "Sends" a bot message to the local chat page by storing it; the page polls for new messages. */
@Component
@LocalChatEnabled
class LocalChatGateway implements ChannelGateway {

    private final MongoOperations mongo;
    private final Clock clock;

    LocalChatGateway(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.LOCAL;
    }

    @Override
    public long send(long chatId, Reply reply) {
        ObjectId id = new ObjectId();
        mongo.insert(new LocalChatMessage(id.toHexString(), chatId, "bot", reply.text(), reply.buttons(),
                reply.locationButton(), clock.instant()));
        return id.getTimestamp() * 1_000_000L + (id.hashCode() & 0xFFFFF);
    }

    void recordCitizen(long chatId, String text) {
        mongo.insert(new LocalChatMessage(new ObjectId().toHexString(), chatId, "citizen", text, null, null,
                clock.instant()));
    }
}
