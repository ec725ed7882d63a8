package io.charter.e2e;

import io.restassured.RestAssured;

/** Real tokens from the real Keycloak, the way a script gets them (password grant on charter-cli). */
public final class Keycloak {

    private Keycloak() {
    }

    public static String token(String user) {
        return token("charter-cli", user);
    }

    public static String token(String client, String user) {
        return RestAssured.given().formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", user).formParam("password", user)
                .post(Platform.get().stack().tokenUrl())
                .then().statusCode(200).extract().path("access_token");
    }
}
