import { Type } from '@sinclair/typebox';

export const AddressQuerySchema = Type.Object(
  {
    q: Type.String({
      minLength: 2,
      maxLength: 100,
      description: 'What the person typed: a street and number, a postcode, or a postcode and number',
      examples: ['5038 AB 12'],
    }),
  },
  { additionalProperties: false },
);

export const AddressSuggestionSchema = Type.Object({
  id: Type.String({ description: "The geocoder's id: send it as `address` to PUT /api/me/home-location" }),
  label: Type.String({ description: 'The address or postcode as people write it' }),
  kind: Type.Union([Type.Literal('address'), Type.Literal('postcode')]),
});
