package id.aduan.admin.security;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Optional;
import java.util.Set;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import id.aduan.admin.account.Role;

/**
 * The agencies whose complaints the current caller may see and change: every agency for an admin, the account's
 * agencies for an officer, nothing without an account. A complaint with no agency yet is visible to admins only.
 */
public record OfficerScope(boolean everyAgency, Set<String> agencies) {

    public static final OfficerScope NONE = new OfficerScope(false, Set.of());
    public static final OfficerScope ALL = new OfficerScope(true, Set.of());

    /** The scope of the request's authenticated account (NONE when there is none). */
    public static OfficerScope current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return NONE;
        }
        if (auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + Role.ADMIN.name()).equals(a.getAuthority()))) {
            return ALL;
        }
        if (auth.getPrincipal() instanceof AccountUser user) {
            return new OfficerScope(false, Set.copyOf(user.agencies()));
        }
        return NONE;
    }

    /**
     * The criterion a complaint query must add, or empty when every complaint is in scope. One agency is a plain
     * equality (the embedded store can then answer a lookup by ticket from an index, see EmbeddedMongo).
     */
    public Optional<Criteria> criteria() {
        if (everyAgency) {
            return Optional.empty();
        }
        return Optional.of(agencies.size() == 1 ? where("agency").is(agencies.iterator().next())
                : where("agency").in(agencies));
    }

    /** Whether a complaint of this agency (null: not assigned yet) is in scope. */
    public boolean covers(String agency) {
        return everyAgency || (agency != null && agencies.contains(agency));
    }
}
