import type { Schema, Struct } from '@strapi/strapi';

export interface ServiceAftercareTip extends Struct.ComponentSchema {
  collectionName: 'components_service_aftercare_tips';
  info: {
    description: 'Advice for the customer after the service';
    displayName: 'Aftercare tip';
  };
  attributes: {
    text: Schema.Attribute.Text & Schema.Attribute.Required;
  };
}

export interface ServiceStep extends Struct.ComponentSchema {
  collectionName: 'components_service_steps';
  info: {
    description: 'One step of the service, in the order it is performed';
    displayName: 'Step';
  };
  attributes: {
    detail: Schema.Attribute.Text;
    title: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'service.aftercare-tip': ServiceAftercareTip;
      'service.step': ServiceStep;
    }
  }
}
