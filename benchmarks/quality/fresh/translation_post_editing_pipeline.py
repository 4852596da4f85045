"""Translation post-editing pipeline: the first design, before any security review.

Corporate clients upload documents to our client portal. A conversion step splits
each file into XLIFF segments; a pre-translation service fills segments from our
translation memory where a good match exists and asks a hosted LLM, given the
client's glossary and the nearest fuzzy matches, to draft the rest. Freelance
linguists, on their own computers, post-edit the drafts in our web CAT tool, which
also shows TM matches and terminology. When the project manager signs a job off,
the target files go back to the client through the portal and the confirmed
segment pairs are written into the translation memory. All but the LLM runs in our
cloud account. Controls: logins on the portal and CAT tool, role-based job access
in the CAT tool, TLS externally, encrypted file storage, a vendor review of the
LLM provider, and project-manager sign-off before the TM is updated.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Translation post-editing pipeline",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Client documents pre-translated from TM and an LLM, post-edited by freelancers.",
)

# ---------------------------------------------------------------- data assets
source_docs = tg.Data(
    "Client source documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Contracts, manuals, marketing and HR material; some carry personal data.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
segments = tg.Data("Source segments", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents")
tm_matches = tg.Data(
    "TM matches", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="retrieved-context"
)
terminology = tg.Data("Client terminology", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
llm_prompt = tg.Data(
    "Pre-translation prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Instructions, glossary entries, fuzzy matches and the segments to translate.",
)
llm_draft = tg.Data(
    "LLM draft translation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
pretranslated = tg.Data(
    "Pre-translated bilingual file", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents"
)
post_edited = tg.Data(
    "Post-edited segments",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
final_docs = tg.Data(
    "Translated documents", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents"
)
tm_units = tg.Data(
    "Translation memory units",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Source/target segment pairs from past jobs, tagged with client and domain.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
assignment = tg.Data("Job assignment", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
sign_off = tg.Data("Delivery sign-off", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Corporate client staff who order translations.
    client = tm.add(tg.Actor("Client", role="customer"))
    # Freelancers post-edit from their own machines; they are not employees.
    linguist = tm.add(tg.Actor("Freelance linguist", role="contractor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts translations of segments with no usable TM match.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="business API terms; inputs not used for training")
            },
        )
    )

with tm.boundary("Localisation platform", trust=tg.Trust.INTERNAL):
    # Where clients upload source files and download translations.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="password")},
        )
    )
    # Turns DOCX/PDF/IDML into segments and back into target files.
    conversion = tm.add(
        tg.Pipeline(
            "File conversion",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            description="Open-source file filters extract text to XLIFF and merge it back.",
        )
    )
    # Fills segments from the TM and sends the rest to the LLM.
    pretranslation = tm.add(tg.Service("Pre-translation service"))
    # Browser-based CAT tool where freelancers post-edit.
    cat_tool = tm.add(
        tg.Endpoint(
            "Web CAT tool",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="password + TOTP"),
                c.RBAC(note="a linguist sees only the jobs assigned to them"),
            },
        )
    )
    # Writes confirmed segment pairs into the TM after sign-off.
    tm_update = tm.add(
        tg.Pipeline(
            "TM update job",
            stage=tg.Stage.INGESTION,
            controls={c.HumanInTheLoop(approver="project manager")},
        )
    )

    with tm.boundary("Language data tier", trust=tg.Trust.RESTRICTED):
        # Source files, bilingual files and deliverables per project.
        file_store = tm.add(
            tg.DataStore(
                "Project file store",
                stores={source_docs, pretranslated, post_edited, final_docs},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The company's translation memory across all clients, keyed by client.
        tmem = tm.add(tg.DataStore("Translation memory", stores={tm_units}))
        # Client glossaries and do-not-translate lists.
        termbase = tm.add(tg.DataStore("Termbase", stores={terminology}))

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Sets up projects, assigns linguists and signs off deliveries.
    pm = tm.add(tg.Actor("Project manager", role="staff"))

# ---------------------------------------------------------------- flows
# intake
tm.flow(client, portal, source_docs, protocol="https")
tm.flow(portal, file_store, source_docs)
tm.flow(file_store, conversion, source_docs)
tm.flow(conversion, pretranslation, segments)

# pre-translation
tm.flow(pretranslation, tmem, segments, label="match lookup")
tm.flow(tmem, pretranslation, tm_matches)
tm.flow(termbase, pretranslation, terminology)
tm.flow(pretranslation, llm, llm_prompt, protocol="https")
tm.flow(llm, pretranslation, llm_draft, protocol="https")
tm.flow(pretranslation, file_store, pretranslated)

# post-editing
tm.flow(pm, cat_tool, assignment, protocol="https")
tm.flow(file_store, cat_tool, pretranslated)
tm.flow(tmem, cat_tool, tm_matches, label="concordance")
tm.flow(termbase, cat_tool, terminology)
tm.flow(cat_tool, linguist, pretranslated, tm_matches, terminology, protocol="https")
tm.flow(linguist, cat_tool, post_edited, protocol="https")
tm.flow(cat_tool, file_store, post_edited)

# delivery
tm.flow(file_store, conversion, post_edited, label="merge back")
tm.flow(conversion, file_store, final_docs)
tm.flow(file_store, portal, final_docs)
tm.flow(portal, client, final_docs, protocol="https")

# translation memory update
tm.flow(pm, tm_update, sign_off, protocol="https", label="signs off delivery")
tm.flow(file_store, tm_update, post_edited)
tm.flow(tm_update, tmem, tm_units)
