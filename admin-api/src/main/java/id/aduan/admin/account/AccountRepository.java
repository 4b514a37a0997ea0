package id.aduan.admin.account;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The {@code accounts} collection (owned by this package). */
public interface AccountRepository extends MongoRepository<Account, String> {

    Optional<Account> findByUsername(String username);
}
