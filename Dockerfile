# syntax=docker/dockerfile:1
# 党建助手 — build with the Maven wrapper on a JDK, run on a JRE as a non-root user.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# Dependencies first, so that a change of code alone reuses the cached layer. -Pprod: the jar without the embedded
# Redis (Jedis, the redis-server binaries), which only the local profile and the tests run.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -Pprod dependency:go-offline
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -Pprod -DskipTests package \
    && cp target/dangjian-bot-*.jar /tmp/app.jar \
    && java -Djarmode=tools -jar /tmp/app.jar extract --layers --launcher --destination /tmp/extracted

FROM eclipse-temurin:17-jre
# curl for the health check; a CJK font for the committees' heat map, whose labels are Chinese (the Word draft only
# names its fonts: the reader's Word renders them).
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl fontconfig fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 bot \
    && useradd --system --uid 10001 --gid bot --home-dir /app --shell /usr/sbin/nologin bot
WORKDIR /app
COPY --from=build /tmp/extracted/dependencies/ ./
COPY --from=build /tmp/extracted/spring-boot-loader/ ./
COPY --from=build /tmp/extracted/snapshot-dependencies/ ./
COPY --from=build /tmp/extracted/application/ ./
# The demo configuration; a deployment mounts its own bot-config over it.
COPY bot-config/ bot-config/
# evidence files (bot.evidence.dir): a named volume mounted here takes this owner when it is first created
RUN mkdir -p /app/data/evidence && chown -R bot:bot /app/data
USER bot
# The heap is 40% of the container's memory limit (docker-compose.yml gives 768 MB: a 307 MB heap). The bot keeps about
# 40 MB live on the heap under load and needs some 200 MB beside it (classes, JIT code, threads), so that the process
# stays within 512 MB resident and the limit leaves room for a draft's or a zip's buffers. The serial collector: one
# or two cores and a small heap, where it costs least memory (README, Memory).
ENV SPRING_PROFILES_ACTIVE=prod \
    TZ=Asia/Shanghai \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=40 -XX:+UseSerialGC -Dfile.encoding=UTF-8"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
