export { Field, NotDeclared, SubField } from './Field';
