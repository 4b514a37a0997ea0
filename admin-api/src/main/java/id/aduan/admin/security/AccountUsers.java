package id.aduan.admin.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import id.aduan.admin.account.AccountRepository;

/** Loads accounts for HTTP Basic and bearer authentication. */
@Component
class AccountUsers implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUsers(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (username == null || username.length() > 64) {
            throw new UsernameNotFoundException("unknown account");
        }
        return accounts.findByUsername(username).map(AccountUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
