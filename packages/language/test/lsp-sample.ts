/**
 * A small folder for the editor-feature tests: every rule kind, a survey-sourced criterion whose
 * components inherit the source, a criterion whose children do not add up (7.5 of 8), a split
 * the tree misses (appraisal 9.5 of 10) and a deduction group.
 */
export const AGENCIES_AND_SURVEY = `agency SNV "Sở Nội vụ"
agency STP "Sở Tư pháp"
survey SIPAS "Chỉ số hài lòng" {
    conductedBy SNV
    period 2023-01-01 to 2023-11-30
    questions 8
    respondents "Người dân" total 400 { "Cấp tỉnh" 150  "Cấp huyện" 250 }
}
`;

export const SET = `set S "Bộ chỉ số thử" {
    decision "1/QĐ-UBND" dated 2023-08-11
    total 20
    split { appraisal 10  survey 10 }
    domain 1 "Chỉ đạo, điều hành" max 10 {
        lead SNV
        criterion 1.1 "Kế hoạch CCHC" max 8 {
            component 1.1.1 "Ban hành kế hoạch" max 2.5 {
                evidence "Kế hoạch CCHC năm"
                lead SNV
                coordinating STP
                scoring choice { "Ban hành đúng hạn" -> 2.5  "Ban hành chậm" -> 1 }
            }
            component 1.1.2 "Mức độ hoàn thành" max 5 {
                scoring bands "Tỷ lệ nhiệm vụ hoàn thành" {
                    100% -> 5
                    [80%, 100%) -> 0.5
                    < 80% -> 0
                }
            }
        }
        criterion 1.2 "Sáng kiến cải cách" max 2 {
            scoring tiers { >= 2 -> 2  1 -> 1  0 -> 0 }
        }
    }
    domain 2 "Sự hài lòng" max 10 {
        criterion 2.1 "Chỉ số SIPAS" max 10 {
            source survey SIPAS
            component 2.1.1 "Tiếp cận dịch vụ" max 10/3 {
                scoring proportional "Tỷ lệ hài lòng"
            }
            component 2.1.2 "Thủ tục hành chính" max 10/3 {
                scoring formula {
                    input satisfied "Số người hài lòng"
                    input respondents "Số người trả lời" min 1
                    where satisfied <= respondents
                    result satisfied / respondents * 10 / 3
                }
            }
            component 2.1.3 "Công chức" max 10/3
        }
    }
    deductions "Điểm trừ" max 2 {
        criterion Đ1 "Bị phê bình về CCHC" max 2 {
            scoring deduct 0.5 per "lần"
        }
    }
}
`;

export const FOLDER = AGENCIES_AND_SURVEY + SET;
