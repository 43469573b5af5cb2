import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { MERCHANT_MODULE } from "../modules/merchant"

export const createStudioServiceWorkflowId = "create-studio-service"

/**
 * A studio's own service: the product (with its variants and prices) made by
 * Medusa's own product workflow, then linked to the studio. If the link
 * fails, the product is taken back by the product workflow's compensation.
 */
export const createStudioServiceWorkflow = createWorkflow(createStudioServiceWorkflowId, (input: { merchant_id: string; product: CreateProductWorkflowInputDTO }) => {
  const products = createProductsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ products: [input.product] })) })
  const links = transform({ input, products }, ({ input, products }) => [{ [MERCHANT_MODULE]: { merchant_id: input.merchant_id }, [Modules.PRODUCT]: { product_id: products[0].id } }])
  createRemoteLinkStep(links)
  return new WorkflowResponse(transform({ products }, ({ products }) => products[0]))
})
