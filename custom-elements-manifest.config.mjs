// Generates dist/custom-elements.json (`npm run build`) from the elements' JSDoc and Lit properties, for editors,
// Storybook and docs. widgets/custom-elements-manifest.test.ts checks it against the elements themselves.

/**
 * Our tags are registered through `defineElement(tag, Class)` (widgets/shared/define-element.ts), which the analyzer
 * does not know: this records each call as a definition, as it does for `customElements.define`, so each class gets
 * its tag name.
 */
function defineElementCalls() {
  return {
    name: 'storelet-define-element',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      const name = element.text;
      const imported = context.imports?.find((entry) => entry.name === name);
      const module = imported
        ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname.slice(1)
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name, module } },
      ];
    },
  };
}

/**
 * The manifest describes the elements as a page uses them: the helper modules they are built from and their
 * private members are not the package's interface.
 */
function onlyElements() {
  return {
    name: 'storelet-only-elements',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (module) =>
          module.declarations?.some((declaration) => declaration.customElement) ||
          module.exports?.some((entry) => entry.kind === 'custom-element-definition'),
      );
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (declaration.members)
          declaration.members = declaration.members.filter((member) => member.privacy !== 'private');
      }
    },
  };
}

export default {
  globs: ['widgets/**/*.ts'],
  // define-element.ts calls customElements.define(tag, element) with variables, which the analyzer would take for a tag.
  exclude: [
    'widgets/**/*.test.ts',
    'widgets/**/*-test-kit.ts',
    'widgets/test-support/**',
    'widgets/shared/define-element.ts',
  ],
  outdir: 'dist',
  litelement: true,
  // `customElements` in package.json is written by hand: the analyzer would rewrite the whole file.
  packagejson: false,
  plugins: [defineElementCalls(), onlyElements()],
};
