# Charter server (Quarkus JVM mode). Build the application first, then the image, from the
# repository root:
#   mvn -B package -DskipTests
#   docker build -f docker/server.Dockerfile -t charter-server:0.1.0 .
# Every setting comes from the environment (README, "Configuration (production)").
FROM eclipse-temurin:17.0.15_6-jre-jammy

# curl only serves the HEALTHCHECK below
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 charter \
 && useradd --system --uid 10001 --gid charter --home-dir /var/lib/charter --create-home charter

WORKDIR /deployments
COPY --chown=10001:10001 frontend/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=10001:10001 frontend/target/quarkus-app/*.jar /deployments/
COPY --chown=10001:10001 frontend/target/quarkus-app/app/ /deployments/app/
COPY --chown=10001:10001 frontend/target/quarkus-app/quarkus/ /deployments/quarkus/

ARG CHARTER_GIT_COMMIT=unknown
ENV CHARTER_HTTP_HOST=0.0.0.0 \
    CHARTER_HTTP_PORT=8080 \
    CHARTER_WORKER_DIR=/var/lib/charter/workers \
    CHARTER_GIT_COMMIT=${CHARTER_GIT_COMMIT} \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"

USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/q/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
