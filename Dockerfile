# Cricket Tracker server image: ./cricket serve against DATABASE_URL and REDIS_URL (see docs/deploy.md).
# Build from the repository root: docker build -t cricket-tracker .

# ---- build: the reactor's server module and what it needs, tests skipped (CI runs them)
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# POMs first, so the dependency download is cached while only sources change.
COPY pom.xml ./
COPY shared-dto/pom.xml shared-dto/
COPY scorecard-pdf/pom.xml scorecard-pdf/
COPY scorer-server/pom.xml scorer-server/
COPY scorer-desktop/pom.xml scorer-desktop/
RUN mvn -B -q -pl scorer-server -am dependency:go-offline -DskipTests || true
COPY shared-dto shared-dto
COPY scorecard-pdf scorecard-pdf
COPY scorer-server scorer-server
RUN mvn -B -q -pl scorer-server -am package -DskipTests -Dspotless.check.skip=true

# ---- run: a JRE, the classes and their libraries, a non-root user
FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin cricket
WORKDIR /app
COPY --from=build /src/scorer-server/target/lib/ lib/
COPY --from=build /src/scorer-server/target/classes/ classes/
USER cricket
ENV PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
# Ready only while PostgreSQL answers (GET /health is 503 otherwise).
HEALTHCHECK --interval=10s --timeout=3s --start-period=40s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${PORT}/health" || exit 1
ENTRYPOINT ["java", "-cp", "/app/classes:/app/lib/*", "cricket.server.Main"]
CMD ["serve"]
