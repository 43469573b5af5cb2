import type { Schema, Struct } from '@strapi/strapi';

export interface ExamOption extends Struct.ComponentSchema {
  collectionName: 'components_exam_options';
  info: {
    description: 'One answer to choose; whether it is correct is never served by the public API';
    displayName: 'Option';
  };
  attributes: {
    correct: Schema.Attribute.Boolean &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<false>;
    key: Schema.Attribute.String & Schema.Attribute.Required;
    label: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

export interface ExamQuestion extends Struct.ComponentSchema {
  collectionName: 'components_exam_questions';
  info: {
    description: 'A single- or multiple-choice question';
    displayName: 'Question';
  };
  attributes: {
    key: Schema.Attribute.String & Schema.Attribute.Required;
    kind: Schema.Attribute.Enumeration<['single', 'multiple']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'single'>;
    options: Schema.Attribute.Component<'exam.option', true> &
      Schema.Attribute.SetMinMax<
        {
          min: 2;
        },
        number
      >;
    prompt: Schema.Attribute.Text & Schema.Attribute.Required;
  };
}

export interface ProfileCertificate extends Struct.ComponentSchema {
  collectionName: 'components_profile_certificates';
  info: {
    description: 'A qualification shown publicly on the profile';
    displayName: 'Certificate';
  };
  attributes: {
    image: Schema.Attribute.Media<'images'>;
    issuer: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    year: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 1950;
        },
        number
      >;
  };
}

export interface ProfileLanguage extends Struct.ComponentSchema {
  collectionName: 'components_profile_languages';
  info: {
    description: 'A language the beautician speaks with customers';
    displayName: 'Language';
  };
  attributes: {
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
  };
}

export interface ProfileSpecialty extends Struct.ComponentSchema {
  collectionName: 'components_profile_specialties';
  info: {
    description: 'Something the beautician is known for, e.g. sensitive skin';
    displayName: 'Specialty';
  };
  attributes: {
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
  };
}

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

export interface ServiceContraindication extends Struct.ComponentSchema {
  collectionName: 'components_service_contraindications';
  info: {
    description: "When the service must not be performed, or only after a doctor's advice";
    displayName: 'Contraindication';
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
      'exam.option': ExamOption;
      'exam.question': ExamQuestion;
      'profile.certificate': ProfileCertificate;
      'profile.language': ProfileLanguage;
      'profile.specialty': ProfileSpecialty;
      'service.aftercare-tip': ServiceAftercareTip;
      'service.contraindication': ServiceContraindication;
      'service.step': ServiceStep;
    }
  }
}
