"""Subtitle generation at a TV broadcaster: the first design, before any security review.

A European broadcaster subtitles its live and recorded programmes automatically.
A subtitling service in the broadcast centre takes the live studio audio (or a
recorded programme from the media archive), transcribes it with an open-weights
speech recognition model on our own GPU servers and has a machine translation
vendor's API translate the transcript into the other broadcast languages. Live
subtitles go straight to the subtitle inserter in playout, filtered only by a
profanity word list. Recorded programmes get draft subtitles that subtitle
editors correct in an editing tool (Active Directory sign-in) before playout.
Viewers report subtitle errors through a web form on the public website; editors
read the reports, fix the files and add names and terms to a shared glossary that
both models are given as hints.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Broadcast subtitle generation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Speech recognition and machine translation subtitles for live and recorded TV.",
)

# ---------------------------------------------------------------- data assets
live_audio = tg.Data("Live programme audio", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
programme = tg.Data(
    "Recorded programme",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Unreleased programme files, some under embargo until broadcast.",
)
transcript = tg.Data("Source-language transcript", kind="model-output")
translation = tg.Data("Translated subtitle text", kind="model-output")
glossary = tg.Data(
    "Subtitle glossary",
    kind="records",
    description="Names, places and terms with their spellings and translations.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
live_subs = tg.Data(
    "Live subtitles",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
draft_subs = tg.Data(
    "Draft subtitles", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
final_subs = tg.Data(
    "Approved subtitle files",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
broadcast = tg.Data("Broadcast with subtitles", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
error_report = tg.Data(
    "Viewer error report",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Programme, time, the wrong and the right text, optional name and e-mail.",
)
acknowledgement = tg.Data("Report acknowledgement", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Viewers watch the broadcast and report subtitle errors on the website.
    viewer = tm.add(tg.Actor("Viewer", role="viewer"))

with tm.boundary("Public website", trust=tg.Trust.INTERNAL):
    # Error report form: programme picker, timecode, free text, optional e-mail.
    report_form = tm.add(
        tg.Endpoint(
            "Subtitle error report form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="field lengths and programme id checked")},
        )
    )

with tm.boundary("Broadcast centre", trust=tg.Trust.INTERNAL):
    # Studio and outside-broadcast audio as it goes to air.
    studio_feed = tm.add(
        tg.DataSource("Studio audio feed", origin=tg.Origin.INTERNAL, provides={live_audio})
    )
    # Playout's existing media archive of recorded programmes.
    archive = tm.add(tg.DataStore("Media archive", stores={programme}))
    # Orchestrates recognition and translation, times and formats the subtitles.
    subtitler = tm.add(
        tg.Service(
            "Subtitling service",
            controls={c.OutputFiltering(note="profanity word list on live subtitles")},
        )
    )
    # Open-weights speech recognition model served on in-house GPU servers.
    asr = tm.add(
        tg.Model(
            "Speech recognition model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Fine-tuned open-weights ASR model, glossary terms given as hints.",
        )
    )
    # Drafts and approved subtitle files for recorded programmes.
    subtitle_store = tm.add(tg.DataStore("Subtitle store", stores={draft_subs, final_subs}))
    # Names and terms editors maintain, used by both models.
    glossary_store = tm.add(tg.DataStore("Glossary store", stores={glossary}))
    # Viewer reports waiting for an editor.
    report_store = tm.add(tg.DataStore("Error report queue", stores={error_report}))
    # Editors correct drafts against the video and approve them for playout.
    editor_tool = tm.add(
        tg.Service(
            "Subtitle editing tool",
            controls={
                c.Authentication(method="Active Directory SSO"),
                c.HumanInTheLoop(
                    approver="subtitle editor",
                    note="recorded programmes only; live subtitles go to air unreviewed",
                ),
            },
        )
    )
    # Subtitle editors, also the ones who work through viewer reports.
    editor = tm.add(tg.Actor("Subtitle editor", role="subtitle editor"))

    with tm.boundary("Playout", trust=tg.Trust.RESTRICTED):
        # Inserts DVB and teletext subtitles into the transmitted signal.
        inserter = tm.add(tg.Service("Subtitle inserter"))

with tm.boundary("Translation vendor", trust=tg.Trust.PARTNER):
    # Machine translation API with a customer glossary feature.
    mt = tm.add(
        tg.Model(
            "Machine translation model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(studio_feed, subtitler, live_audio, protocol="rtp")
tm.flow(archive, subtitler, programme, label="recorded programme audio")
tm.flow(glossary_store, subtitler, glossary)
tm.flow(subtitler, asr, live_audio, programme, glossary)
tm.flow(asr, subtitler, transcript)
tm.flow(subtitler, mt, transcript, glossary, protocol="https")
tm.flow(mt, subtitler, translation, protocol="https")
tm.flow(subtitler, inserter, live_subs, label="live subtitles")
tm.flow(subtitler, subtitle_store, draft_subs)

tm.flow(subtitle_store, editor_tool, draft_subs, final_subs)
tm.flow(archive, editor_tool, programme, label="preview video")
tm.flow(editor_tool, editor, draft_subs, programme, error_report)
tm.flow(editor, editor_tool, final_subs, glossary, label="corrections and approval")
tm.flow(editor_tool, subtitle_store, final_subs)
tm.flow(editor_tool, glossary_store, glossary)
tm.flow(subtitle_store, inserter, final_subs, label="at playout of recorded programmes")

tm.flow(inserter, viewer, broadcast, protocol="dvb", label="terrestrial, cable and satellite")
tm.flow(viewer, report_form, error_report, protocol="https")
tm.flow(report_form, viewer, acknowledgement, protocol="https")
tm.flow(report_form, report_store, error_report)
tm.flow(report_store, editor_tool, error_report)
