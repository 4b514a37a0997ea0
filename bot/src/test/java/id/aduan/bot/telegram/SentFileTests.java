package id.aduan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import id.aduan.bot.conversation.FileKind;

/** What the bot keeps of a file a citizen sends: its kind for the texts, its content type, and a safe stored name. */
class SentFileTests {

    @Test
    void namesAStoredDocumentByItsUniqueIdNeverByTheCitizensFileName() throws Exception {
        SentFile pdf = file("""
                {"document": {"file_id": "doc-1", "file_unique_id": "AgAD/../x", "file_size": 1200,
                 "mime_type": "application/pdf", "file_name": "../../etc/passwd.pdf"}}""");

        assertThat(pdf.storedKey()).isEqualTo("AgAD____x.pdf").doesNotContain("/").doesNotContain("..");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.kind()).isEqualTo(FileKind.DOCUMENT);
        assertThat(pdf.size()).isEqualTo(1200L);
    }

    @Test
    void takesAPlainExtensionFromTheFileNameOnlyWhenTheTypeIsUnknown() throws Exception {
        assertThat(file("""
                {"document": {"file_id": "d", "file_unique_id": "u1", "mime_type": "application/vnd.ms-excel",
                 "file_name": "Daftar Warga.XLS"}}""").storedKey()).isEqualTo("u1.xls");
        assertThat(file("""
                {"document": {"file_id": "d", "file_unique_id": "u2", "file_name": "x.ht<ml>"}}""").storedKey())
                .isEqualTo("u2.bin");
    }

    @Test
    void recordsAnUnreadableMimeTypeAsBinary() throws Exception {
        SentFile odd = file("""
                {"document": {"file_id": "d", "file_unique_id": "u3", "mime_type": "text/html\\r\\nX-Evil: 1"}}""");

        assertThat(odd.contentType()).isEqualTo("application/octet-stream");
        assertThat(odd.storedKey()).isEqualTo("u3.bin");
    }

    @Test
    void treatsAPhotoSentAsFileAsAPhotoKeepingItsOwnType() throws Exception {
        SentFile photo = file("""
                {"document": {"file_id": "d", "file_unique_id": "u4", "mime_type": "image/png",
                 "file_name": "IMG_2026.png"}}""");

        assertThat(photo.kind()).isEqualTo(FileKind.PHOTO);
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(photo.storedKey()).isEqualTo("u4.png");
    }

    @Test
    void readsVideosVideoNotesGifsVoiceNotesAndAudio() throws Exception {
        assertThat(file("""
                {"video": {"file_id": "v", "file_unique_id": "v1", "width": 1, "height": 1, "duration": 1,
                 "mime_type": "video/quicktime", "file_size": 30000000}}""")).satisfies(v -> {
                    assertThat(v.kind()).isEqualTo(FileKind.VIDEO);
                    assertThat(v.storedKey()).isEqualTo("v1.mov");
                    assertThat(v.tooLarge()).isTrue();
                });
        assertThat(file("""
                {"video_note": {"file_id": "n", "file_unique_id": "n1", "length": 1, "duration": 1}}"""))
                .extracting(SentFile::kind, SentFile::contentType).containsExactly(FileKind.VIDEO, "video/mp4");
        // Telegram sends a GIF as both animation and document: it is a video to the citizen.
        assertThat(file("""
                {"animation": {"file_id": "a", "file_unique_id": "a1", "width": 1, "height": 1, "duration": 1,
                 "mime_type": "video/mp4"}, "document": {"file_id": "a", "file_unique_id": "a1"}}"""))
                .extracting(SentFile::kind, SentFile::storedKey).containsExactly(FileKind.VIDEO, "a1.mp4");
        assertThat(file("""
                {"voice": {"file_id": "s", "file_unique_id": "s1", "duration": 5, "mime_type": "audio/ogg"}}"""))
                .extracting(SentFile::kind, SentFile::storedKey).containsExactly(FileKind.VOICE, "s1.ogg");
        assertThat(file("""
                {"audio": {"file_id": "m", "file_unique_id": "m1", "duration": 5, "mime_type": "audio/mpeg"}}"""))
                .extracting(SentFile::kind, SentFile::storedKey).containsExactly(FileKind.VOICE, "m1.mp3");
    }

    @Test
    void takesTheLargestSizeOfAPhoto() throws Exception {
        SentFile photo = file("""
                {"photo": [{"file_id": "small", "file_unique_id": "p-s", "width": 90, "height": 90, "file_size": 900},
                           {"file_id": "large", "file_unique_id": "p-l", "width": 1280, "height": 960,
                            "file_size": 200000}]}""");

        assertThat(photo.fileId()).isEqualTo("large");
        assertThat(photo.storedKey()).isEqualTo("p-l.jpg");
        assertThat(photo.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void findsNoEvidenceInAStickerOrAContact() throws Exception {
        assertThat(SentFile.of(message("""
                {"sticker": {"file_id": "s", "file_unique_id": "s", "width": 1, "height": 1, "is_animated": false,
                 "is_video": false, "type": "regular"}}"""))).isEmpty();
        assertThat(SentFile.of(message("""
                {"contact": {"phone_number": "0812", "first_name": "Budi"}}"""))).isEmpty();
    }

    private static SentFile file(String fields) throws Exception {
        return SentFile.of(message(fields)).orElseThrow();
    }

    private static Message message(String fields) throws Exception {
        String json = "{\"message_id\": 1, \"date\": 1, \"chat\": {\"id\": 42, \"type\": \"private\"}, "
                + fields.strip().substring(1);
        return TelegramUpdates.JSON.readValue(json, Message.class);
    }
}
