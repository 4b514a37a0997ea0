package id.aduan.bot.chat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.aduan.bot.conversation.Reply;
import id.aduan.complaint.Channel;
import id.aduan.complaint.ChatRef;

/** Routes a message to the gateway of the chat's channel. */
@Component
public class ChatGateways {

    private final Map<Channel, ChannelGateway> byChannel = new EnumMap<>(Channel.class);

    public ChatGateways(List<ChannelGateway> gateways) {
        gateways.forEach(g -> byChannel.put(g.channel(), g));
    }

    public long send(ChatRef chat, Reply reply) throws DeliveryFailure {
        ChannelGateway gateway = byChannel.get(chat.channel());
        if (gateway == null) {
            throw new DeliveryFailure("channel " + chat.channel() + " is not enabled in this process", false, null);
        }
        return gateway.send(chat.chatId(), reply);
    }
}
