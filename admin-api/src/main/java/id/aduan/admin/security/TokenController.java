package id.aduan.admin.security;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Exchanges credentials (HTTP Basic) for a bearer token a web client keeps instead of the password. */
@RestController
class TokenController {

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/auth/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.Issued issue(Principal account) {
        return tokens.issue(account.getName());
    }
}
