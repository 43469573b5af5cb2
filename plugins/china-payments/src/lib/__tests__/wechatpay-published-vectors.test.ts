import { createDecipheriv, X509Certificate } from "node:crypto"
import { Aes, Rsa } from "wechatpay-axios-plugin"
import { NotificationRejected } from "../notification-rejected"
import { verifyWechatpayNotification, type WechatpayNotificationKeys } from "../wechatpay-notifications"
import published from "./vectors/wechatpay-go-notification.json"
import aead from "./vectors/wechatpay-java-aead.json"
import goKeys from "./vectors/wechatpay-go-signing.json"

/**
 * WeChat Pay APIv3 notifications checked against material the official SDKs
 * publish in their own tests (each vector file names its repository, commit
 * and path), not against our simulator, which signs with the code we verify with.
 */

type Headers = Record<string, string>
const keys: WechatpayNotificationKeys = { apiV3Key: published.apiV3Key, platformKeys: { [published.platformSerial]: published.platformCertificate } }
const now = published.now * 1000

const outcome = (headers: Headers, rawBody: string, options: { keys?: WechatpayNotificationKeys; at?: number } = {}): string => {
  try {
    verifyWechatpayNotification({ headers, rawBody, keys: options.keys ?? keys, now: options.at ?? now })
    return "ACCEPTED"
  } catch (error) {
    if (error instanceof NotificationRejected) return error.code
    throw error
  }
}

/** The text with the one character at `index` replaced by another (one byte: all are ASCII there). */
const changeOneByte = (text: string, index: number): string => {
  const replacement = text[index] === "A" ? "B" : "A"
  return text.slice(0, index) + replacement + text.slice(index + 1)
}

describe("the WeChat Pay notification published by wechatpay-go", () => {
  it("passes our signature check and stops only at decryption, because its APIv3 key is 16 bytes", () => {
    // The verifier checks key, time and signature before it decrypts: BAD_CIPHERTEXT means the
    // published signature verified. The Go SDK takes any AES key length; WeChat Pay's APIv3 keys
    // are 32 bytes and AEAD_AES_256_GCM is AES-256, so our refusal of this key is the protocol's.
    expect(Buffer.byteLength(published.apiV3Key)).toBe(16)
    expect(outcome(published.headers, published.body)).toBe("BAD_CIPHERTEXT")
  })

  it("is intact: its resource opens with AES-128-GCM to the published plaintext", () => {
    const { resource } = JSON.parse(published.body) as { resource: { ciphertext: string; nonce: string; associated_data: string } }
    const sealed = Buffer.from(resource.ciphertext, "base64")
    const decipher = createDecipheriv("aes-128-gcm", published.apiV3Key, resource.nonce).setAAD(Buffer.from(resource.associated_data))
    decipher.setAuthTag(sealed.subarray(-16))
    expect(Buffer.concat([decipher.update(sealed.subarray(0, -16)), decipher.final()]).toString()).toBe(published.plaintext)
  })

  it("verifies with the certificate's key given as a public key too (public-key mode)", () => {
    const byPublicKey = { ...keys, platformKeys: { [published.platformSerial]: goKeys.publicKey } }
    expect(outcome(published.headers, published.body, { keys: byPublicKey })).toBe("BAD_CIPHERTEXT")
  })

  it.each([
    ["the body", (h: Headers, body: string) => ({ headers: h, body: changeOneByte(body, body.indexOf("3119dfba")) })],
    ["the body's last byte", (h: Headers, body: string) => ({ headers: h, body: `${body.slice(0, -1)} ` })],
    ["the timestamp", (h: Headers, body: string) => ({ headers: { ...h, "Wechatpay-Timestamp": String(Number(h["Wechatpay-Timestamp"]) + 1) }, body })],
    ["the nonce", (h: Headers, body: string) => ({ headers: { ...h, "Wechatpay-Nonce": changeOneByte(h["Wechatpay-Nonce"], 0) }, body })],
    ["the signature", (h: Headers, body: string) => ({ headers: { ...h, "Wechatpay-Signature": changeOneByte(h["Wechatpay-Signature"], 10) }, body })],
  ])("is refused with one byte changed in %s", (_, tamper) => {
    const { headers, body } = tamper(published.headers, published.body)
    expect(headers === published.headers && body === published.body).toBe(false)
    expect(outcome(headers, body)).toBe("BAD_SIGNATURE")
  })

  it("is refused when it names a key we do not hold, or arrives six minutes late", () => {
    expect(outcome({ ...published.headers, "Wechatpay-Serial": "D7CE59D1F522D702" }, published.body)).toBe("UNKNOWN_KEY")
    expect(outcome(published.headers, published.body, { at: now + 6 * 60_000 })).toBe("STALE_TIMESTAMP")
  })
})

describe("AEAD_AES_256_GCM with the vectors published by wechatpay-java", () => {
  it("decrypts each to its published plaintext with the APIv3 key", () => {
    const { message, certificate } = aead
    expect(Aes.AesGcm.decrypt(message.ciphertext, aead.apiV3Key, message.nonce, message.associated_data)).toBe(message.plaintext)
    const pem = Aes.AesGcm.decrypt(certificate.ciphertext, aead.apiV3Key, certificate.nonce, certificate.associated_data)
    expect(new X509Certificate(pem).serialNumber).toBe(certificate.serial_no)
  })

  /**
   * No official SDK publishes a whole notification under a 32-byte key, so this one is
   * assembled: the published wechatpay-go body with its resource replaced by wechatpay-java's
   * published AES-256 resource, signed with the published wechatpay-go platform key. It shows
   * that our verifier hands ciphertext, nonce and associated_data to the cipher in their roles.
   */
  const assembled = (resource: { ciphertext: string; nonce: string; associated_data: string }) => {
    const body = JSON.stringify({ ...JSON.parse(published.body), resource: { original_type: "certificate", algorithm: "AEAD_AES_256_GCM", ...resource } })
    const { "Wechatpay-Timestamp": timestamp, "Wechatpay-Nonce": nonce } = published.headers
    const privateKey = goKeys.privateKey.replaceAll("TESTING KEY", "PRIVATE KEY")
    const headers = { ...published.headers, "Wechatpay-Signature": Rsa.sign(`${timestamp}\n${nonce}\n${body}\n`, privateKey) }
    return { headers, body }
  }
  const aeadKeys = { ...keys, apiV3Key: aead.apiV3Key }
  const { ciphertext, nonce, associated_data } = aead.certificate

  it("opens the published resource inside a signed notification (its plaintext is a certificate, not JSON)", () => {
    const { headers, body } = assembled({ ciphertext, nonce, associated_data })
    expect(outcome(headers, body, { keys: aeadKeys })).toBe("MALFORMED")
  })

  it.each([
    ["nonce", { ciphertext, nonce: changeOneByte(nonce, 0), associated_data }],
    ["associated_data", { ciphertext, nonce, associated_data: changeOneByte(associated_data, 0) }],
    ["ciphertext", { ciphertext: changeOneByte(ciphertext, 20), nonce, associated_data }],
    ["nonce and associated_data swapped", { ciphertext, nonce: associated_data, associated_data: nonce }],
  ])("refuses the resource with its %s changed", (_, resource) => {
    const { headers, body } = assembled(resource)
    expect(outcome(headers, body, { keys: aeadKeys })).toBe("BAD_CIPHERTEXT")
  })
})
