package id.aduan.admin.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import id.aduan.admin.account.Account;
import id.aduan.admin.account.Role;

/** The authenticated account: its name, role and the agencies it may see. */
public record AccountUser(String username, String passwordHash, Role role, Set<String> agencies, boolean enabled)
        implements UserDetails {

    static AccountUser of(Account a) {
        return new AccountUser(a.username(), a.passwordHash(), a.role(), a.agencies(), a.enabled());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "AccountUser[" + username + ", " + role + ", " + agencies + "]";
    }
}
