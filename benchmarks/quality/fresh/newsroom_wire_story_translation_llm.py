"""Wire story translation: the first design, before any security review.

The newsroom receives stories from two wire agencies all day. An ingest service
pulls the agencies' feeds over their HTTPS APIs with the API keys the agencies
issued us and keeps each story in a wire story store. A translation service
takes every new story, adds our house style guide and glossary, and asks a
hosted LLM (a vendor's API, under a contract we reviewed) for a translation into
each of our three languages. The drafts land in the editorial CMS, where desk
editors, signed in through the company SSO with MFA, compare them side by side
with the original, correct them and approve them; nothing is published without
an editor's approval. Approved articles go from the CMS to our public news
websites. The CMS keeps an audit trail of edits and approvals. Everything but
the LLM, the agencies and the identity provider runs in our cloud account.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wire story translation",
    profile=tg.RiskProfile.LOW,
    description="LLM translations of incoming wire stories into three languages, checked "
    "and published by editors on the organisation's news websites.",
)

# ---------------------------------------------------------------- data assets
wire_story = tg.Data(
    "Wire story",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed agency copy, some of it under embargo until a set time.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
style_guide = tg.Data(
    "Style guide and glossary",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Translation instructions, house style and names glossary per language.",
)
glossary_update = tg.Data("Glossary updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
translation_prompt = tg.Data(
    "Translation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The style guide, the glossary and the full wire story, once per language.",
)
machine_translation = tg.Data(
    "Machine translation", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft = tg.Data(
    "Translated draft",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
edits = tg.Data(
    "Editor corrections and publish approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
article = tg.Data(
    "Published article",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sign_in = tg.Data("Editor sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
sso_token = tg.Data("SSO session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Wire agencies", trust=tg.Trust.PARTNER):
    # The agencies' feed APIs: the only source of the stories we translate.
    wire_feed = tm.add(
        tg.DataSource(
            "Wire agency feeds",
            origin=tg.Origin.PARTNER,
            provides={wire_story},
            description="Two agencies' NewsML feeds, polled every minute.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The translation itself is done by a general-purpose hosted model.
    llm = tm.add(
        tg.LLM(
            "Hosted translation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A vendor's general chat model, prompted to translate.",
            controls={c.SupplierAssessment(note="vendor contract: no training on our data")},
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Company SSO: editors' accounts live here, not in the newsroom tools.
    idp = tm.add(tg.ExternalService("Company SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("Newsroom cloud account", trust=tg.Trust.INTERNAL):
    # Polls the agencies and files each story once.
    ingest = tm.add(
        tg.Service(
            "Wire ingest service",
            description="Polls the agency feeds and stores new and updated stories.",
            controls={c.SecretsManagement(note="agency API keys in the cloud secret store")},
        )
    )
    # Keeps the originals, so that editors can compare and translations can be rerun.
    wire_store = tm.add(tg.DataStore("Wire story store", stores={wire_story}))
    # The standards desk's instructions for each language.
    style_store = tm.add(tg.DataStore("Style guide and glossary store", stores={style_guide}))
    # Builds one prompt per language and files the answers as drafts.
    translator = tm.add(
        tg.Service(
            "Translation service",
            description="Builds the prompt per target language, calls the LLM, files drafts.",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret store")},
        )
    )
    # The newsroom's content management system: drafts, edits, approvals, publishing.
    cms = tm.add(
        tg.Service(
            "Editorial CMS",
            description="Holds drafts; publishes an article only once an editor approves it.",
            controls={
                c.HumanInTheLoop(approver="a desk editor of the target language"),
                c.AuditLogging(),
            },
        )
    )
    # The CMS's database of drafts and published articles.
    cms_db = tm.add(
        tg.DataStore(
            "CMS content database",
            stores={draft, article},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The web app where editors review translations next to the original.
    review_desk = tm.add(
        tg.Endpoint(
            "Translation review desk",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via company SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Web delivery", trust=tg.Trust.INTERNAL):
    # The public news websites, served by our own front end behind a CDN.
    website = tm.add(tg.Service("News websites", internet_facing=True))

with tm.boundary("Newsroom offices", trust=tg.Trust.INTERNAL):
    # Desk editors for each of the three languages, plus the standards desk.
    editor = tm.add(tg.Actor("Desk editor", role="editor"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone reading the published translations.
    reader = tm.add(tg.Actor("Reader", role="public reader"))

# ---------------------------------------------------------------- flows
tm.flow(
    wire_feed,
    ingest,
    wire_story,
    protocol="https",
    controls={c.Authentication(method="agency-issued API key")},
    label="polled every minute",
)
tm.flow(ingest, wire_store, wire_story)
tm.flow(wire_store, translator, wire_story)
tm.flow(style_store, translator, style_guide)
tm.flow(translator, llm, translation_prompt, protocol="https")
tm.flow(llm, translator, machine_translation, protocol="https")
tm.flow(translator, cms, draft)
tm.flow(cms, cms_db, draft, article)
tm.flow(cms_db, cms, draft, article)

tm.flow(editor, idp, sign_in, protocol="https")
tm.flow(idp, review_desk, sso_token, protocol="oidc")
tm.flow(cms, review_desk, draft)
tm.flow(wire_store, review_desk, wire_story, label="original for side-by-side view")
tm.flow(review_desk, editor, draft, wire_story, protocol="https")
tm.flow(editor, review_desk, edits, glossary_update, protocol="https")
tm.flow(review_desk, cms, edits)
tm.flow(review_desk, style_store, glossary_update)

tm.flow(cms, website, article, protocol="https")
tm.flow(website, reader, article, protocol="https")
