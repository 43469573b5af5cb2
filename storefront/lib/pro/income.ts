import { answer, pro, type JsonOf } from "../api"

/** The beautician's money over `/pro`: earnings per job, withdrawals, performance. */
export type Earnings = JsonOf<"/pro/earnings", "get">
export type JobEarnings = Earnings["jobs"][number]
export type Withdrawals = JsonOf<"/pro/withdrawals", "get">
export type Withdrawal = Withdrawals["withdrawals"][number]
export type Performance = JsonOf<"/pro/performance", "get">["performance"]

export function earnings(token: string) {
  return answer("/pro/earnings", pro(token).GET("/pro/earnings"))
}

export function withdrawals(token: string) {
  return answer("/pro/withdrawals", pro(token).GET("/pro/withdrawals"))
}

export function requestWithdrawal(token: string, amountFen: number) {
  return answer("/pro/withdrawals", pro(token).POST("/pro/withdrawals", { body: { amount_fen: amountFen } }))
}

export function performance(token: string, days: number) {
  return answer("/pro/performance", pro(token).GET("/pro/performance", { params: { query: { days } } }))
}
