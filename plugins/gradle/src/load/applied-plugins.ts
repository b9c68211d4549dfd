/** `apply plugin: 'x'` (Groovy) and `apply(plugin = "x")` (Kotlin): the plugin id when it is a literal. */
import { childByField, findAll, stringValue, type Language, type SyntaxNode } from '@inert/syntax';

export function appliedPlugin(call: SyntaxNode, language: Language): string | undefined {
  const item =
    language === 'groovy'
      ? findAll(call, 'map_item').find((m) => childByField(m, 'key')?.text === 'plugin')
      : call.children
          .find((c) => c.type === 'value_arguments')
          ?.namedChildren.find((a) => a.namedChildren[0]?.text === 'plugin');
  const value =
    item && (language === 'groovy' ? childByField(item, 'value') : item.namedChildren[item.namedChildren.length - 1]);
  return value ? stringValue(value, language) : undefined;
}
