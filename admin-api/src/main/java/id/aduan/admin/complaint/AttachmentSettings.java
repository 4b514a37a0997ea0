package id.aduan.admin.complaint;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the files citizens sent are kept ({@code aduan.attachments.dir}); the bot stores them there, and an
 * attachment's stored key is a file name under this directory.
 */
@ConfigurationProperties("aduan.attachments")
public record AttachmentSettings(@DefaultValue("data/media/telegram") Path dir) {
}
