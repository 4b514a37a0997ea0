package id.aduan.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A fake Telegram Bot API on 127.0.0.1 for tests: serves queued updates to getUpdates, answers sendMessage and the
 * other calls, and records every call. Method names are matched case-insensitively, as TelegramBots sends them in
 * mixed case.
 */
final class FakeBotApi implements AutoCloseable {

    /** One recorded call: the lower-cased method, its JSON body, and when it arrived. */
    record Call(String method, JsonNode body, Instant at) {

        Call(String method, JsonNode body) {
            this(method, body, Instant.now());
        }
    }

    /** A scripted error answer to the next sendMessage calls: HTTP status, description and retry_after. */
    record Failure(int status, String description, Integer retryAfter) {
    }

    /** A sendMessage answered with a scripted failure: the call and the HTTP status it got. */
    record Refusal(Call call, int status) {
    }

    static final String TOKEN = "123456:TEST-TOKEN";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Refusal> refusals = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> updates = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> served = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);
    private final AtomicLong nextMessageId = new AtomicLong(1000);
    private final Object newUpdate = new Object();
    private final java.util.Queue<Failure> sendFailures = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.Map<Long, java.util.Queue<Failure>> chatFailures =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<Long> blocked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicInteger highestAcknowledged = new AtomicInteger();
    private final java.util.Map<Integer, Long> servedAtNanos = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile java.util.function.Consumer<Call> onSend = call -> { };
    private volatile boolean recording = true;
    private volatile boolean tokenRevoked;
    private final AtomicInteger pollsInFlight = new AtomicInteger();
    private final AtomicInteger mostPollsAtOnce = new AtomicInteger();
    /** The bytes served for files sent with {@link #citizenSendsFile}, by file id. */
    private final java.util.Map<String, byte[]> fileContents = new java.util.concurrent.ConcurrentHashMap<>();

    FakeBotApi() throws IOException {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK and
        // stall a response for tens of milliseconds: latency Telegram does not add, so the fake must not either.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ---- what the citizen does -------------------------------------------------------------------------------

    void citizenSays(long chatId, String text) {
        ObjectNode message = message(chatId);
        message.put("text", text);
        push("message", message);
    }

    /** The citizen edits a message they sent earlier (Telegram sends an edited_message update). */
    void citizenEdits(long chatId, String newText) {
        ObjectNode message = message(chatId);
        message.put("text", newText).put("edit_date", Instant.now().getEpochSecond());
        push("edited_message", message);
    }

    /** The citizen forwards someone else's message (forward_origin of a user who hides their account). */
    void citizenForwards(long chatId, String text) {
        ObjectNode message = message(chatId);
        message.put("text", text);
        message.putObject("forward_origin").put("type", "hidden_user")
                .put("date", Instant.now().getEpochSecond() - 3600).put("sender_user_name", "Warga RT 03");
        push("message", message);
    }

    /** A message from a citizen in a group the bot was added to (group chat ids are negative). */
    void someoneSaysInGroup(long groupId, long userId, String text) {
        ObjectNode message = message(userId);
        ((ObjectNode) message.get("chat")).put("id", groupId).put("type", "group").put("title", "Warga RT 03")
                .remove("first_name");
        message.put("text", text);
        push("message", message);
    }

    void citizenSendsSticker(long chatId) {
        ObjectNode message = message(chatId);
        ObjectNode sticker = message.putObject("sticker");
        sticker.put("file_id", "sticker-1").put("file_unique_id", "s1").put("width", 512).put("height", 512)
                .put("is_animated", false).put("is_video", false).put("type", "regular");
        push("message", message);
    }

    void citizenSharesLocation(long chatId, double latitude, double longitude) {
        ObjectNode message = message(chatId);
        message.putObject("location").put("latitude", latitude).put("longitude", longitude);
        push("message", message);
    }

    void citizenSendsPhoto(long chatId, String fileId, String caption) {
        ObjectNode message = message(chatId);
        ArrayNode sizes = message.putArray("photo");
        sizes.addObject().put("file_id", fileId + "-small").put("file_unique_id", fileId + "-s").put("width", 90)
                .put("height", 90).put("file_size", 1_000);
        sizes.addObject().put("file_id", fileId).put("file_unique_id", fileId + "-l").put("width", 1280)
                .put("height", 960).put("file_size", 200_000);
        if (caption != null) {
            message.put("caption", caption);
        }
        push("message", message);
    }

    void citizenPresses(long chatId, String data) {
        ObjectNode query = JSON.createObjectNode();
        query.put("id", "cbq-" + nextUpdateId.get());
        query.set("from", user(chatId));
        query.put("chat_instance", "ci-" + chatId);
        query.put("data", data);
        query.set("message", message(chatId));
        push("callback_query", query);
    }

    /** A photo of {@code size} bytes; file ids starting with "broken" cannot be fetched. */
    void citizenSendsPhoto(long chatId, String fileId, long size) {
        ObjectNode message = message(chatId);
        ObjectNode photo = message.putArray("photo").addObject();
        photo.put("file_id", fileId).put("file_unique_id", "u-" + fileId).put("width", 800).put("height", 600)
                .put("file_size", size);
        push("message", message);
    }

    /**
     * A file message: {@code field} is Telegram's ("video", "video_note", "animation", "document", "voice",
     * "audio"), {@code size} the file_size the message announces, and {@code content} what the fake serves for it
     * (file ids starting with "broken" cannot be fetched). mimeType, fileName and caption may be null.
     */
    void citizenSendsFile(long chatId, String field, String fileId, long size, String mimeType, String fileName,
                          byte[] content, String caption) {
        ObjectNode message = message(chatId);
        ObjectNode file = message.putObject(field);
        file.put("file_id", fileId).put("file_unique_id", "u-" + fileId).put("file_size", size);
        switch (field) {
            case "video", "animation" -> file.put("width", 640).put("height", 360).put("duration", 12);
            case "video_note" -> file.put("length", 240).put("duration", 8);
            case "voice", "audio" -> file.put("duration", 20);
            default -> { }
        }
        if (mimeType != null) {
            file.put("mime_type", mimeType);
        }
        if (fileName != null) {
            file.put("file_name", fileName);
        }
        if (caption != null) {
            message.put("caption", caption);
        }
        fileContents.put(fileId, content);
        push("message", message);
    }

    /** The citizen blocks the bot: sends to them fail with 403 and Telegram reports my_chat_member "kicked". */
    void citizenBlocksBot(long chatId) {
        blocked.add(chatId);
        push("my_chat_member", chatMember(chatId, "member", "kicked"));
    }

    /** The citizen restarts the bot: my_chat_member "member", and sends to them work again. */
    void citizenUnblocksBot(long chatId) {
        blocked.remove(chatId);
        push("my_chat_member", chatMember(chatId, "kicked", "member"));
    }

    /** Sends fail with 403 for this chat, without telling the bot (as when a block happened long ago). */
    void blockSilently(long chatId) {
        blocked.add(chatId);
    }

    /** A press on a button of a message Telegram no longer shows the bot (inaccessible), with unknown data. */
    void citizenPressesStaleButton(long chatId, String data) {
        ObjectNode query = JSON.createObjectNode();
        query.put("id", "cbq-stale-" + nextUpdateId.get());
        query.set("from", user(chatId));
        query.put("chat_instance", "ci-" + chatId);
        query.put("data", data);
        ObjectNode inaccessible = JSON.createObjectNode();
        inaccessible.putObject("chat").put("id", chatId).put("type", "private");
        inaccessible.put("message_id", 1).put("date", 0);
        query.set("message", inaccessible);
        push("callback_query", query);
    }

    /** The same text twice under one update_id, in one getUpdates answer (Telegram's at-least-once delivery). */
    int citizenSaysTwiceInOneBatch(long chatId, String text) {
        ObjectNode message = message(chatId);
        message.put("text", text);
        ObjectNode update = JSON.createObjectNode();
        int id = nextUpdateId.getAndIncrement();
        update.put("update_id", id);
        update.set("message", message);
        updates.addAll(List.of(update, update.deepCopy()));
        wakePollers();
        return id;
    }

    /** Serves an update again that was already served (and perhaps acknowledged), as Telegram may. */
    void deliverAgain(ObjectNode update) {
        updates.add(update.deepCopy());
        wakePollers();
    }

    /** Every update ever served, by id (to re-deliver one). */
    ObjectNode update(int updateId) {
        return served.stream().filter(u -> u.path("update_id").asInt() == updateId).findFirst().orElseThrow();
    }

    /** The next sendMessage calls to one chat fail with these answers, one each, in order. */
    void failNextSendsTo(long chatId, Failure... failures) {
        chatFailures.computeIfAbsent(chatId, c -> new java.util.concurrent.ConcurrentLinkedQueue<>())
                .addAll(List.of(failures));
    }

    /** The next sendMessage calls, to any chat, fail with these answers, one each, in order. */
    void failNextSends(Failure... failures) {
        sendFailures.addAll(List.of(failures));
    }

    /** Called on every sendMessage (benchmarks answer the bot from here). */
    void onSend(java.util.function.Consumer<Call> listener) {
        this.onSend = listener;
    }

    /** Benchmarks turn off the call log, which would grow without bound. */
    void recordCalls(boolean record) {
        this.recording = record;
    }

    /** When an update was first served to the bot (System.nanoTime), or null. */
    Long servedAtNanos(int updateId) {
        return servedAtNanos.get(updateId);
    }

    /** The citizen says something; {@code beforeServed} learns the update id before the bot can see it. */
    int citizenSaysWithId(long chatId, String text, java.util.function.IntConsumer beforeServed) {
        ObjectNode message = message(chatId);
        message.put("text", text);
        ObjectNode update = JSON.createObjectNode();
        update.set("message", message);
        int id;
        synchronized (updates) { // as Telegram: ids in the order queued (see push)
            id = nextUpdateId.getAndIncrement();
            beforeServed.accept(id);
            update.put("update_id", id);
            updates.add(update);
        }
        wakePollers();
        return id;
    }

    /**
     * An update as Telegram would POST it to a webhook: a citizen's text, with a new update id, not queued for
     * getUpdates.
     */
    ObjectNode webhookUpdate(long chatId, String text) {
        ObjectNode message = message(chatId);
        message.put("text", text);
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", nextUpdateId.getAndIncrement());
        update.set("message", message);
        return update;
    }

    /** The most getUpdates calls that were in progress at the same time since the last reset. */
    int mostPollsAtOnce() {
        return mostPollsAtOnce.get();
    }

    void resetMostPollsAtOnce() {
        mostPollsAtOnce.set(pollsInFlight.get());
    }

    /** The bot's token is revoked (as by BotFather): from now on every call is answered 401 Unauthorized. */
    void revokeToken() {
        tokenRevoked = true;
    }

    /** How many calls of a method (lower case, e.g. "getupdates") arrived, answered or not. */
    long callsOf(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).count();
    }

    /** Drops the scripted failures not used yet. */
    void clearFailures() {
        sendFailures.clear();
        chatFailures.clear();
    }

    /** The highest update id the bot acknowledged with getUpdates(offset = id + 1). */
    int acknowledged() {
        return highestAcknowledged.get();
    }

    int lastUpdateId() {
        return nextUpdateId.get() - 1;
    }

    /** The sendMessage calls answered with a scripted failure (429, 5xx), in order. */
    List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    /** The recorded sendMessage calls, in order. */
    List<Call> sends() {
        return calls.stream().filter(c -> c.method().equals("sendmessage")).toList();
    }

    private ObjectNode chatMember(long chatId, String oldStatus, String newStatus) {
        ObjectNode change = JSON.createObjectNode();
        change.putObject("chat").put("id", chatId).put("type", "private").put("first_name", "Sari");
        change.set("from", user(chatId));
        change.put("date", Instant.now().getEpochSecond());
        ObjectNode bot = JSON.createObjectNode().put("id", 1L).put("is_bot", true).put("first_name", "Aduan");
        change.putObject("old_chat_member").put("status", oldStatus).set("user", bot);
        ObjectNode now = change.putObject("new_chat_member").put("status", newStatus);
        now.set("user", bot.deepCopy());
        if ("kicked".equals(newStatus)) {
            now.put("until_date", 0);
        }
        return change;
    }

    private void push(String kind, ObjectNode payload) {
        ObjectNode update = JSON.createObjectNode();
        update.set(kind, payload);
        // The id is taken and the update queued at once: updates queued from several threads (a benchmark's
        // chats) must not be queued out of id order, or a poll could serve a higher id first and its offset would
        // then confirm, and drop, a lower one queued a moment later. Telegram never does that.
        synchronized (updates) {
            update.put("update_id", nextUpdateId.getAndIncrement());
            updates.add(update);
        }
        wakePollers();
    }

    private void wakePollers() {
        synchronized (newUpdate) {
            newUpdate.notifyAll();
        }
    }

    private ObjectNode message(long chatId) {
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", nextMessageId.getAndIncrement());
        m.put("date", Instant.now().getEpochSecond());
        ObjectNode chat = m.putObject("chat");
        chat.put("id", chatId).put("type", "private").put("first_name", "Sari");
        m.set("from", user(chatId));
        return m;
    }

    private ObjectNode user(long id) {
        ObjectNode u = JSON.createObjectNode();
        u.put("id", id).put("is_bot", false).put("first_name", "Sari").put("username", "sari_warga");
        return u;
    }

    // ---- what the bot did ------------------------------------------------------------------------------------

    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The texts of every sendMessage to a chat, in order. */
    List<String> textsTo(long chatId) {
        List<String> texts = new ArrayList<>();
        for (Call c : calls) {
            if (c.method().equals("sendmessage") && c.body().path("chat_id").asText().equals(Long.toString(chatId))) {
                texts.add(c.body().path("text").asText());
            }
        }
        return texts;
    }

    /** The callback data of the inline buttons of the last message to a chat. */
    List<String> lastButtons(long chatId) {
        for (Call c : calls().reversed()) {
            if (c.method().equals("sendmessage") && c.body().path("chat_id").asText().equals(Long.toString(chatId))) {
                List<String> data = new ArrayList<>();
                c.body().path("reply_markup").path("inline_keyboard")
                        .forEach(row -> row.forEach(b -> data.add(b.path("callback_data").asText())));
                return data;
            }
        }
        return List.of();
    }

    // ---- HTTP ------------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/file/bot" + TOKEN + "/")) {
            calls.add(new Call("file", JSON.createObjectNode().put("path", path)));
            byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};
            byte[] content = path.contains("/files/")
                    ? fileContents.getOrDefault(path.substring(path.lastIndexOf('/') + 1), jpeg) : jpeg;
            exchange.sendResponseHeaders(200, content.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(content);
            }
            return;
        }
        String prefix = "/bot" + TOKEN + "/";
        if (tokenRevoked && path.startsWith(prefix)) {
            calls.add(new Call(path.substring(prefix.length()).toLowerCase(Locale.ROOT), JSON.createObjectNode()));
        }
        if (!path.startsWith(prefix) || tokenRevoked) {
            respond(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
            return;
        }
        String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readAllBytes();
            String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            body = bytes.length == 0 ? JSON.createObjectNode()
                    : type.startsWith("multipart/form-data") ? formFields(type, bytes) : JSON.readTree(bytes);
        }
        Call call = new Call(method, body);
        if (recording) {
            calls.add(call);
        }
        ObjectNode response = JSON.createObjectNode();
        response.put("ok", true);
        switch (method) {
            case "getupdates" -> {
                mostPollsAtOnce.accumulateAndGet(pollsInFlight.incrementAndGet(), Math::max);
                try {
                    response.set("result", updatesFrom(body.path("offset").asInt(0), body.path("timeout").asInt(0)));
                } finally {
                    pollsInFlight.decrementAndGet();
                }
            }
            case "sendmessage" -> {
                if (blocked.contains(body.path("chat_id").asLong())) {
                    respond(exchange, 403, "{\"ok\":false,\"error_code\":403,"
                            + "\"description\":\"Forbidden: bot was blocked by the user\"}");
                    return;
                }
                java.util.Queue<Failure> forChat = chatFailures.get(body.path("chat_id").asLong());
                Failure failure = forChat != null && !forChat.isEmpty() ? forChat.poll() : sendFailures.poll();
                if (failure != null) {
                    refusals.add(new Refusal(call, failure.status()));
                    ObjectNode error = JSON.createObjectNode().put("ok", false).put("error_code", failure.status())
                            .put("description", failure.description());
                    if (failure.retryAfter() != null) {
                        error.putObject("parameters").put("retry_after", failure.retryAfter());
                    }
                    respond(exchange, failure.status(), JSON.writeValueAsString(error));
                    return;
                }
                onSend.accept(call);
                ObjectNode sent = JSON.createObjectNode();
                sent.put("message_id", nextMessageId.getAndIncrement());
                sent.put("date", Instant.now().getEpochSecond());
                sent.putObject("chat").put("id", body.path("chat_id").asLong()).put("type", "private");
                sent.put("text", body.path("text").asText());
                response.set("result", sent);
            }
            case "getfile" -> {
                String fileId = body.path("file_id").asText();
                if (fileId.startsWith("broken")) {
                    respond(exchange, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal\"}");
                    return;
                }
                byte[] content = fileContents.get(fileId);
                ObjectNode file = JSON.createObjectNode().put("file_id", fileId).put("file_unique_id", "u-" + fileId)
                        .put("file_size", content == null ? 4 : content.length)
                        .put("file_path", content == null ? "photos/" + fileId + ".jpg" : "files/" + fileId);
                response.set("result", file);
            }
            default -> response.put("result", true);
        }
        respond(exchange, 200, JSON.writeValueAsString(response));
    }

    /** Long polling: answers at once when updates wait, otherwise after a short wait (not the full timeout). */
    private ArrayNode updatesFrom(int offset, int timeoutSeconds) {
        // As Telegram does: an offset confirms every earlier update, which is then never served again (a restarted
        // client starts from offset 0 and must not see old updates twice).
        updates.removeIf(u -> u.path("update_id").asInt() < offset);
        long deadline = System.currentTimeMillis() + Math.min(timeoutSeconds, 1) * 1000L;
        synchronized (newUpdate) {
            while (pending(offset).isEmpty() && System.currentTimeMillis() < deadline) {
                try {
                    newUpdate.wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        ArrayNode result = JSON.createArrayNode();
        pending(offset).forEach(result::add);
        return result;
    }

    /**
     * As Telegram does, getUpdates with an offset confirms (and forgets) every update with a lower id; what is
     * left is served, with ids in the order they were queued.
     */
    private List<ObjectNode> pending(int offset) {
        if (offset > 0) {
            highestAcknowledged.accumulateAndGet(offset - 1, Math::max);
            updates.removeIf(u -> u.path("update_id").asInt() < offset);
        }
        List<ObjectNode> result = List.copyOf(updates);
        long now = System.nanoTime();
        result.forEach(u -> {
            if (servedAtNanos.putIfAbsent(u.path("update_id").asInt(), now) == null && recording) {
                served.add(u);
            }
        });
        return result;
    }

    /**
     * The fields of a multipart/form-data body (TelegramBots sends setWebhook so) as one JSON object; a field whose
     * value is JSON (allowed_updates) is kept as JSON.
     */
    private static ObjectNode formFields(String contentType, byte[] bytes) {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "");
        ObjectNode fields = JSON.createObjectNode();
        for (String part : new String(bytes, StandardCharsets.UTF_8).split(java.util.regex.Pattern.quote(boundary))) {
            int name = part.indexOf("name=\"");
            int blank = part.indexOf("\r\n\r\n");
            if (name < 0 || blank < 0) {
                continue;
            }
            String key = part.substring(name + 6, part.indexOf('"', name + 6));
            String value = part.substring(blank + 4).replaceFirst("\r\n$", "");
            try {
                fields.set(key, value.startsWith("[") || value.startsWith("{") ? JSON.readTree(value)
                        : JSON.getNodeFactory().textNode(value));
            } catch (IOException notJson) {
                fields.put(key, value);
            }
        }
        return fields;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
