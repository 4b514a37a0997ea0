package id.aduan.bot.localchat;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the chat page at {@code /chat}. */
@Controller
@LocalChatEnabled
class LocalChatPage {

    @GetMapping("/chat")
    String page() {
        return "forward:/chat.html";
    }
}
