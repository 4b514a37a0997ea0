package id.aduan.bot.chat;

import id.aduan.bot.conversation.Reply;
import id.aduan.complaint.Channel;

/** Sends bot messages into one channel (Telegram, the local chat page). */
public interface ChannelGateway {

    Channel channel();

    /** Sends one message and returns the channel's id for it. */
    long send(long chatId, Reply reply) throws DeliveryFailure;
}
