// docs/api/python.md, java.md and go.md: the API reference in each language, by jsii-docgen from
// the compiled assembly (.jsii). One process loads the assemblies once for the three languages.
const fs = require('fs');
const path = require('path');
const { Documentation, Language } = require('jsii-docgen');

const root = path.resolve(__dirname, '..', '..');

(async () => {
  const docs = await Documentation.forProject(root);
  fs.mkdirSync(path.join(root, 'docs', 'api'), { recursive: true });
  for (const language of ['python', 'java', 'go']) {
    const markdown = await docs.toMarkdown({ language: Language.fromString(language), allSubmodules: true });
    fs.writeFileSync(path.join(root, 'docs', 'api', `${language}.md`), markdown.render());
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
