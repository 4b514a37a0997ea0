package id.aduan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the bot, the admin API and (unless a MongoDB URI is configured) the embedded store in one process. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class AduanApplication {

    public static void main(String[] args) {
        SpringApplication.run(AduanApplication.class, args);
    }
}
