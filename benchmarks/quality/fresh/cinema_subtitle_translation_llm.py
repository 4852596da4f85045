"""Cinema subtitle translation with an LLM: the first design, before any security review.
A film distributor localises subtitles for its foreign theatrical releases. The
studio's post-production team uploads the English subtitle files of each film to
our secure file transfer server (SFTP, one SSH key per studio) weeks before release.
A translation orchestrator in our cloud account splits each file into cues, adds the
film's glossary (character names, places, recurring jokes per language) and asks a
hosted LLM, through the vendor's API, for a translation into each of 12 languages.
Freelance reviewers, one per language and working from home, correct the drafts in
a web subtitle editor that signs them in with e-mail and password; the localisation
coordinator maintains the glossaries and signs off each language. A packaging job
then sends the approved files to the cinemas' digital delivery partner. Films are
pre-release and under strict embargo (a leak breaches the studio contract). Subtitle
files are encrypted at rest, the SFTP server keeps an audit log, and the LLM vendor
was assessed and contracted for zero data retention.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cinema subtitle translation",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM translation of embargoed pre-release film subtitles into 12 languages, "
        "reviewed by freelancers before delivery to cinemas."
    ),
)

# ---------------------------------------------------------------- data assets
source_subtitles = tg.Data(
    "Source subtitle files",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Timed English dialogue of unreleased films (SRT and XML), under embargo.",
)
glossary_entries = tg.Data(
    "Film glossary",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Character names, places and agreed renderings per language; reveals plot.",
)
translation_prompt = tg.Data(
    "Translation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, a batch of subtitle cues and the glossary for one language.",
)
machine_translation = tg.Data(
    "Machine translation",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
draft_subtitles = tg.Data(
    "Draft translated subtitles",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
reviewed_subtitles = tg.Data(
    "Reviewed subtitles",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
language_signoff = tg.Data(
    "Language release approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The coordinator's sign-off that a language is ready for cinemas.",
)
delivery_package = tg.Data(
    "Subtitle delivery package",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Approved subtitle tracks per language, in the cinema delivery format.",
)
delivery_receipt = tg.Data("Delivery receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
llm_api_key = tg.Data("LLM API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Studio", trust=tg.Trust.PARTNER):
    # The studio's post-production team: the only source of the films' dialogue.
    studio = tm.add(tg.Actor("Studio post-production", role="studio delivery coordinator"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Freelance translators, one per language, working on their own laptops.
    reviewer = tm.add(tg.Actor("Freelance reviewer", role="freelance subtitle reviewer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The translation model itself, called through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted translation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model, prompted to translate cue by cue.",
            controls={c.SupplierAssessment(note="contract with zero data retention, no training")},
        )
    )

with tm.boundary("Cinema delivery partner", trust=tg.Trust.PARTNER):
    # Distributes the finished subtitle tracks to cinemas with the film's DCP.
    delivery_partner = tm.add(
        tg.ExternalService(
            "Digital delivery partner",
            description="Receives subtitle packages and delivers them to cinemas.",
        )
    )

with tm.boundary("Distributor cloud", trust=tg.Trust.INTERNAL):
    # Where the studio drops the source files.
    sftp = tm.add(
        tg.Service(
            "Secure file transfer server",
            internet_facing=True,
            controls={
                c.Authentication(method="SSH key per studio"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Every version of every subtitle file, source and translated.
    subtitle_store = tm.add(
        tg.DataStore(
            "Subtitle file store",
            stores={source_subtitles, draft_subtitles, reviewed_subtitles},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Keeps names and terms consistent across the 12 languages.
    glossary = tm.add(tg.DataStore("Glossary store", stores={glossary_entries}))
    # Builds the prompts, calls the LLM once per language and batch, stores drafts.
    orchestrator = tm.add(
        tg.Service(
            "Translation orchestrator",
            description="Splits files into cue batches and assembles prompts with the glossary.",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret manager")},
        )
    )
    # Holds the orchestrator's vendor key.
    secret_manager = tm.add(tg.DataStore("Cloud secret manager", stores={llm_api_key}))
    # Where freelancers and the coordinator work on the translations.
    editor = tm.add(
        tg.Endpoint(
            "Subtitle review web editor",
            purpose=tg.EndpointPurpose.API,
            description="Browser editor showing video timecodes and draft cues side by side.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="each reviewer sees only the films and language assigned"),
            },
        )
    )
    # Sends approved languages to the delivery partner.
    packager = tm.add(
        tg.Service(
            "Delivery packaging service",
            description="Converts approved subtitles to the delivery format and uploads them.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Assigns reviewers, maintains glossaries and signs off each language.
    coordinator = tm.add(tg.Actor("Localisation coordinator", role="localisation coordinator"))

# ---------------------------------------------------------------- flows
tm.flow(studio, sftp, source_subtitles, protocol="sftp")
tm.flow(sftp, subtitle_store, source_subtitles)

tm.flow(subtitle_store, orchestrator, source_subtitles)
tm.flow(glossary, orchestrator, glossary_entries)
tm.flow(secret_manager, orchestrator, llm_api_key)
tm.flow(orchestrator, llm, translation_prompt, llm_api_key, protocol="https")
tm.flow(llm, orchestrator, machine_translation, protocol="https")
tm.flow(orchestrator, subtitle_store, draft_subtitles)

tm.flow(subtitle_store, editor, draft_subtitles)
tm.flow(editor, reviewer, draft_subtitles, protocol="https")
tm.flow(reviewer, editor, reviewed_subtitles, protocol="https")
tm.flow(editor, subtitle_store, reviewed_subtitles)

tm.flow(coordinator, glossary, glossary_entries, protocol="https", label="maintains glossary")
tm.flow(editor, coordinator, reviewed_subtitles, protocol="https")
tm.flow(coordinator, editor, language_signoff, protocol="https")
tm.flow(editor, packager, language_signoff)
tm.flow(subtitle_store, packager, reviewed_subtitles)
tm.flow(packager, delivery_partner, delivery_package, protocol="https")
tm.flow(delivery_partner, packager, delivery_receipt, protocol="https")
