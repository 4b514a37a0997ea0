# syntax=docker/dockerfile:1
# Aduan: one image with the bot, the admin API and (when SPRING_MONGODB_URI is unset) the embedded store.
# Untested here (no Docker engine on our build machines); written from the eclipse-temurin and Docker docs.

# --- Build: the Maven Wrapper downloads Maven 3.9.16; tests run in CI (./mvnw verify), not here. -----------
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY models/pom.xml models/
COPY classifier/pom.xml classifier/
COPY complaints/pom.xml complaints/
COPY bot/pom.xml bot/
COPY admin-api/pom.xml admin-api/
COPY app/pom.xml app/
COPY models/src models/src
COPY classifier/src classifier/src
COPY complaints/src complaints/src
COPY bot/src bot/src
COPY admin-api/src admin-api/src
COPY app/src app/src
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw && ./mvnw -B -ntp -pl app -am package -DskipTests

# --- Run ------------------------------------------------------------------------------------------------
FROM eclipse-temurin:21-jre
RUN groupadd --system aduan && useradd --system --gid aduan --home-dir /app aduan \
    && mkdir -p /app /data && chown aduan:aduan /data
WORKDIR /app
COPY --from=build /src/app/target/aduan.jar app.jar
USER aduan
# Used only by the embedded store (no SPRING_MONGODB_URI); mount a volume on /data to keep it.
ENV ADUAN_DATA_DIR=/data \
    SERVER_PORT=8080
EXPOSE 8080
# Lucene 10 on JDK 21+: native access and the vector incubator module (otherwise only warnings).
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector", "-jar", "app.jar"]
