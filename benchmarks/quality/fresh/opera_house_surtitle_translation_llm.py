"""Opera house surtitle translation: the first design, before any security review.

The surtitle department drafts English surtitles for new productions with a hosted
LLM. The surtitle editor picks a libretto (Italian, German or French) from the
house's libretto library, licensed from music publishers, and a small drafting
tool on the office network splits it into numbers and asks the LLM vendor's API
for an English draft. The editor corrects the draft, cuts it into surtitle lines
and cues them to the score in the surtitle software on the workstation in the
stage control network; during performances the surtitle operator calls each cue
and the software drives the LED screens above the stage. Finished surtitle files
go to touring partners as e-mail attachments from the editor's mailbox.
Controls: staff SSO on the drafting tool, the editor reviews every draft line,
the LLM vendor was vetted (business tier, no training on our data), project files
are backed up nightly and only the surtitle team can open the project share.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Opera house surtitle translation",
    profile=tg.RiskProfile.LOW,
    description="LLM-drafted English surtitles, edited and cued by the surtitle editor.",
)

# ---------------------------------------------------------------- data assets
libretto = tg.Data(
    "Libretto text",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed critical editions; the publishers forbid redistribution.",
)
draft_request = tg.Data(
    "Translation request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Translation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Style instructions, a glossary of the production's names and one number of the libretto.",
)
draft = tg.Data(
    "Draft English surtitles", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
surtitle_file = tg.Data(
    "Cued surtitle file",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Edited surtitle lines with their cue points in the score.",
)
edits = tg.Data(
    "Editor corrections and cue points", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
cue_go = tg.Data("Cue triggers", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
display_feed = tg.Data("Surtitle display feed", kind="media", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Music publishers' download portals, where licensed libretto editions come from.
    publisher = tm.add(
        tg.DataSource(
            "Music publisher portal",
            origin=tg.Origin.PARTNER,
            provides={libretto},
        )
    )
    # Opera houses and festivals that take the production on tour and need the surtitles.
    touring_partner = tm.add(tg.Actor("Touring partner", role="partner surtitle team"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that writes the first English draft.
    llm = tm.add(
        tg.LLM(
            "Hosted translation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="business tier; prompts are not used for training")
            },
        )
    )

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The house's hosted e-mail, used to send final files to touring partners.
    mail = tm.add(tg.ExternalService("Hosted e-mail service"))

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # The person who owns the surtitles: requests drafts, corrects and cues them.
    editor = tm.add(tg.Actor("Surtitle editor", role="surtitle editor"))
    # Shared folder of the licensed libretti, by production.
    library = tm.add(tg.DataStore("Libretto library", stores={libretto}))
    # Small internal web tool that splits a libretto into numbers and calls the LLM.
    drafting = tm.add(
        tg.Service(
            "Surtitle drafting tool",
            controls={
                c.Authentication(method="staff SSO"),
                c.HumanInTheLoop(approver="the surtitle editor reviews every draft line"),
            },
        )
    )
    # Project share holding drafts and cued surtitle files for each production.
    projects = tm.add(
        tg.DataStore(
            "Surtitle project share",
            stores={draft, surtitle_file},
            controls={c.DataVersioning(note="nightly backup"), c.RBAC(note="surtitle team only")},
        )
    )

with tm.boundary("Stage control network", trust=tg.Trust.RESTRICTED):
    # Surtitle software on the workstation in the control booth: editing, cueing, playback.
    surtitle_sw = tm.add(tg.Service("Surtitle cueing software"))
    # Calls the cues from the score during each performance.
    operator = tm.add(tg.Actor("Surtitle operator", role="stage staff"))
    # LED screens above the proscenium that show the surtitles to the audience.
    screens = tm.add(tg.Device("Surtitle screens", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(publisher, library, libretto, protocol="https", label="licensed edition download")

tm.flow(editor, drafting, draft_request, protocol="https", label="choose libretto and production")
tm.flow(library, drafting, libretto, protocol="smb")
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, draft, protocol="https")
tm.flow(drafting, projects, draft, protocol="smb")
tm.flow(drafting, editor, draft, protocol="https")

tm.flow(projects, surtitle_sw, draft, surtitle_file, protocol="smb")
tm.flow(editor, surtitle_sw, edits, label="edits at the workstation")
tm.flow(surtitle_sw, projects, surtitle_file, protocol="smb")
tm.flow(operator, surtitle_sw, cue_go, label="GO key on the panel")
tm.flow(surtitle_sw, screens, display_feed, protocol="sdi")

tm.flow(projects, editor, surtitle_file, protocol="smb")
tm.flow(editor, mail, surtitle_file, protocol="https", label="attachment")
tm.flow(mail, touring_partner, surtitle_file, protocol="smtp")
