package id.aduan.bot.chat;

import java.util.List;

import id.aduan.complaint.Attachment;
import id.aduan.complaint.ChatRef;

/**
 * What became of the files a citizen sent (a channel adapter that downloads them implements it): for each of the
 * channel's file references, where the copy is stored, or why it is missing.
 */
public interface AttachmentLookup {

    List<Attachment> attachments(ChatRef chat, List<String> fileRefs);
}
