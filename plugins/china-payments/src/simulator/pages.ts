import type http from "node:http"

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** A simulator page for people (the cashier, the phone that scans), always saying that no money moves. */
export function sendPage(res: http.ServerResponse, status: number, title: string, body: string) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${escapeHtml(title)}</title></head>
<body style="font-family: sans-serif; max-width: 32rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
<p style="color: #b45309">本地模拟支付，不会真实扣款 · Local payment simulator, no money moves</p>
${body}
</body></html>`)
}

/** What the payer sees once paid. */
export const paidNotice = (subject: string, yuan: string) =>
  `<div style="border: 1px solid #16a34a; border-radius: 8px; padding: 0.75rem 1rem; color: #166534">
<strong>支付成功 · Paid</strong><br>${escapeHtml(subject)} ¥${escapeHtml(yuan)}<br>
<small>请回到 Doorstep 查看预约 · Return to Doorstep to see your booking</small></div>`
