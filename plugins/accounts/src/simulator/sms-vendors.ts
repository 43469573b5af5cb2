import crypto from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"

/**
 * Loopback stand-ins for Aliyun's and Tencent Cloud's SendSms, for tests,
 * that speak the vendors' documented protocols: each checks the request's
 * signature with the secret it was given (ACS3-HMAC-SHA256,
 * TC3-HMAC-SHA256), records what arrived, and answers what the test queued
 * in the vendor's own format, else the vendor's success (a request whose
 * signature does not match gets the vendor's signature error).
 */
export interface Received {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  query: URLSearchParams
  body: string
  signatureValid: boolean
}

export interface Simulator {
  url: string
  port: number
  received: Received[]
  /** The next answers, one a request: HTTP status and JSON body; then success. */
  answers: Array<{ status: number; body: unknown }>
  close(): Promise<void>
}

const sha256 = (data: string | Buffer) => crypto.createHash("sha256").update(data).digest("hex")
const hmac = (key: string | Buffer, data: string) => crypto.createHmac("sha256", key).update(data).digest()
const rfc3986 = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

type Answer = Simulator["answers"][number]

async function start(verify: (request: Omit<Received, "signatureValid">) => boolean, success: () => Answer, badSignature: Answer): Promise<Simulator> {
  const simulator = { received: [] as Received[], answers: [] as Simulator["answers"] } as Simulator
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk) => chunks.push(chunk))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://simulator")
      // For tests in another process (the browser journeys): what arrived so far, oldest first.
      if (req.method === "GET" && url.pathname === "/__received") {
        const received = simulator.received.map(({ path, query, body, signatureValid }) => ({ path, query: Object.fromEntries(query), body, signatureValid }))
        return void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(received))
      }
      const request = { method: req.method ?? "", path: url.pathname, headers: req.headers, query: url.searchParams, body: Buffer.concat(chunks).toString("utf8") }
      const signatureValid = verify(request)
      simulator.received.push({ ...request, signatureValid })
      const answer = simulator.answers.shift() ?? (signatureValid ? success() : badSignature)
      res.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify(answer.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  simulator.port = (server.address() as AddressInfo).port
  simulator.url = `http://127.0.0.1:${simulator.port}`
  simulator.close = () => new Promise((resolve) => server.close(() => resolve()))
  return simulator
}

/** Aliyun's V3 request signature (ACS3-HMAC-SHA256), as its documentation defines it. */
export function aliyunSimulator(accessKeyId: string, accessKeySecret: string) {
  return start(({ method, path, headers, query, body }) => {
    const match = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]+)$/.exec(String(headers.authorization ?? ""))
    if (!match || match[1] !== accessKeyId) return false
    const signed = match[2].split(";")
    if (!signed.includes("host") || !signed.includes("x-acs-date") || !signed.includes("x-acs-content-sha256")) return false
    if (headers["x-acs-content-sha256"] !== sha256(body)) return false
    const canonicalQuery = [...query.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, value]) => `${rfc3986(name)}=${rfc3986(value)}`)
      .join("&")
    const canonicalHeaders = signed.map((name) => `${name}:${String(headers[name] ?? "").trim()}\n`).join("")
    const canonicalRequest = [method, path, canonicalQuery, canonicalHeaders, signed.join(";"), sha256(body)].join("\n")
    const expected = crypto.createHmac("sha256", accessKeySecret).update(`ACS3-HMAC-SHA256\n${sha256(canonicalRequest)}`).digest("hex")
    return expected === match[3]
  }, () => ({ status: 200, body: { Code: "OK", Message: "OK", BizId: `${Date.now()}^0`, RequestId: crypto.randomUUID() } }), {
    status: 400,
    body: { Code: "SignatureDoesNotMatch", Message: "Specified signature is not matched with our calculation." },
  })
}

/** Tencent Cloud's API 3.0 signature (TC3-HMAC-SHA256), as its documentation defines it; the service is `sms`. */
export function tencentSimulator(secretId: string, secretKey: string) {
  return start(({ method, path, headers, query, body }) => {
    const match = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/sms\/tc3_request, SignedHeaders=([^,]+), Signature=([0-9a-f]+)$/.exec(String(headers.authorization ?? ""))
    if (!match || match[1] !== secretId) return false
    const [, , date, signedHeaders, signature] = match
    const timestamp = String(headers["x-tc-timestamp"])
    if (new Date(Number(timestamp) * 1000).toISOString().slice(0, 10) !== date) return false
    const canonicalHeaders = signedHeaders
      .split(";")
      .map((name) => `${name}:${name === "host" ? String(headers.host).split(":")[0] : String(headers[name] ?? "").trim()}\n`)
      .join("")
    const canonicalRequest = [method, path, query.toString(), canonicalHeaders, signedHeaders, sha256(body)].join("\n")
    const stringToSign = ["TC3-HMAC-SHA256", timestamp, `${date}/sms/tc3_request`, sha256(canonicalRequest)].join("\n")
    const key = hmac(hmac(hmac(`TC3${secretKey}`, date), "sms"), "tc3_request")
    return hmac(key, stringToSign).toString("hex") === signature
  }, () => ({ status: 200, body: { Response: { SendStatusSet: [{ SerialNo: `5000:${Date.now()}`, Fee: 1, Code: "Ok", Message: "send success", IsoCode: "CN" }], RequestId: crypto.randomUUID() } } }), {
    status: 200,
    body: { Response: { Error: { Code: "AuthFailure.SignatureFailure", Message: "The provided credentials could not be validated." }, RequestId: "signature" } },
  })
}
