package dev.fastkit.security.auth;

import dev.fastkit.security.token.Token;

/**
 * What a successful signup, login or refresh hands out.
 *
 * @param token        the access token answer, the response body
 * @param refreshToken the new refresh token value, for the cookie only
 */
public record IssuedTokens(Token token, String refreshToken) {

    @Override
    public String toString() {
        return "IssuedTokens[token=" + token.tokenType() + ", refreshToken=***]";
    }
}
